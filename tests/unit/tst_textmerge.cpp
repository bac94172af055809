// The line diff and the three-way merge of templates edited offline.
#include "linediff.h"
#include "threewaymerge.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
// b rebuilt from a and the hunks: proves the hunks say exactly how a became b.
QStringList apply(const QStringList& a, const QStringList& b, const QVector<LineDiff::Hunk>& hunks)
{
    QStringList out;
    int next = 0;
    for (const LineDiff::Hunk& h : hunks) {
        out += a.mid(next, h.aStart - next);
        out += b.mid(h.bStart, h.bCount);
        next = h.aStart + h.aCount;
    }
    out += a.mid(next);
    return out;
}

QString lines(std::initializer_list<const char*> items)
{
    QString text;
    for (const char* i : items) {
        text += QLatin1String(i) + QLatin1Char('\n');
    }
    return text;
}
} // namespace

class TextMergeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLines()
    {
        QCOMPARE(LineDiff::splitLines(QString()), QStringList());
        QCOMPARE(LineDiff::splitLines(QStringLiteral("a\r\nb\n")), (QStringList {"a", "b"}));
        QCOMPARE(LineDiff::splitLines(QStringLiteral("a\n\nb")), (QStringList {"a", "", "b"}));
    }

    void findsTheSmallestDifference()
    {
        const QStringList a {"a", "b", "c", "d", "e"};
        const QStringList b {"a", "x", "c", "e", "f"};
        const QVector<LineDiff::Hunk> h = LineDiff::hunks(a, b);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(0).aStart, 1); // b -> x
        QCOMPARE(h.at(0).aCount, 1);
        QCOMPARE(h.at(0).bCount, 1);
        QCOMPARE(h.at(1).aStart, 3); // d removed
        QCOMPARE(h.at(1).aCount, 1);
        QCOMPARE(h.at(1).bCount, 0);
        QCOMPARE(h.at(2).aStart, 5); // f added at the end
        QCOMPARE(h.at(2).bCount, 1);
        QCOMPARE(apply(a, b, h), b);
        QVERIFY(LineDiff::hunks(a, a).isEmpty());
        QCOMPARE(apply({}, b, LineDiff::hunks({}, b)), b);
        QCOMPARE(apply(a, {}, LineDiff::hunks(a, {})), QStringList());
    }

    void randomEditsRoundTrip()
    {
        QRandomGenerator random(9);
        for (int round = 0; round < 200; ++round) {
            QStringList a;
            for (int i = 0; i < 40; ++i) {
                a << QString::number(random.bounded(6));
            }
            QStringList b = a;
            for (int e = 0; e < 8; ++e) {
                const int at = b.isEmpty() ? 0 : random.bounded(int(b.size()));
                switch (random.bounded(3)) {
                case 0:
                    b.insert(at, QStringLiteral("n%1").arg(e));
                    break;
                case 1:
                    if (!b.isEmpty())
                        b.removeAt(at);
                    break;
                default:
                    if (!b.isEmpty())
                        b[at] = QStringLiteral("c%1").arg(e);
                    break;
                }
            }
            const QVector<LineDiff::Hunk> h = LineDiff::hunks(a, b);
            QCOMPARE(apply(a, b, h), b);
            int edits = 0;
            for (const LineDiff::Hunk& x : h) {
                edits += x.aCount + x.bCount;
            }
            QVERIFY2(edits <= 16, qPrintable(QString::number(edits))); // no worse than the edits made
        }
    }

    void aRewriteStaysBounded()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 3000; ++i) {
            a << QStringLiteral("a%1").arg(i);
            b << QStringLiteral("b%1").arg(i);
        }
        const QVector<LineDiff::Hunk> h = LineDiff::hunks(a, b, 100);
        QCOMPARE(h.size(), 1);
        QCOMPARE(apply(a, b, h), b);
    }

    void unifiedShowsContextAndGaps()
    {
        QStringList a;
        for (int i = 0; i < 20; ++i) {
            a << QStringLiteral("l%1").arg(i);
        }
        QStringList b = a;
        b[10] = QStringLiteral("changed");
        const QVector<LineDiff::Line> u = LineDiff::unified(a, b, 2);
        QCOMPARE(u.first().kind, LineDiff::Line::Kind::Gap);
        QCOMPARE(u.first().text, QStringLiteral("8"));
        QCOMPARE(u.at(1).text, QStringLiteral("l8"));
        QCOMPARE(u.at(3).kind, LineDiff::Line::Kind::Removed);
        QCOMPARE(u.at(4).kind, LineDiff::Line::Kind::Added);
        QCOMPARE(u.at(4).bLine, 10);
        QCOMPARE(u.at(5).text, QStringLiteral("l11"));
        QCOMPARE(u.last().kind, LineDiff::Line::Kind::Gap);
        QCOMPARE(u.last().text, QStringLiteral("7"));
        QVERIFY(LineDiff::unified(a, a).isEmpty());
    }

    void takesChangesOfEitherSide()
    {
        const QString base = lines({"a=1", "b=2", "c=3", "d=4", "e=5"});
        const QString mine = lines({"a=1", "b=20", "c=3", "d=4", "e=5"});
        const QString theirs = lines({"a=1", "b=2", "c=3", "d=4", "e=50", "f=6"});
        const ThreeWayMerge m = ThreeWayMerge::merge(base, mine, theirs);
        QCOMPARE(m.conflictCount(), 0);
        QVERIFY(m.mineChanged());
        QVERIFY(m.theirsChanged());
        QCOMPARE(m.text(ThreeWayMerge::Side::Markers), lines({"a=1", "b=20", "c=3", "d=4", "e=50", "f=6"}));
    }

    void theSameChangeOnBothSidesIsNoConflict()
    {
        const QString base = lines({"a=1", "b=2", "c=3"});
        const QString both = lines({"a=1", "b=9", "c=3"});
        const ThreeWayMerge m = ThreeWayMerge::merge(base, both, both);
        QCOMPARE(m.conflictCount(), 0);
        QCOMPARE(m.text(ThreeWayMerge::Side::Mine), both);
    }

    void conflictingChangesAreSettledEitherWay()
    {
        const QString base = lines({"a=1", "b=2", "c=3", "d=4"});
        const QString mine = lines({"a=1", "b=mine", "c=3", "d=4", "m=1"});
        const QString theirs = lines({"a=theirs", "b=theirs", "c=3", "d=4"});
        const ThreeWayMerge m = ThreeWayMerge::merge(base, mine, theirs);
        QCOMPARE(m.conflictCount(), 1);
        QCOMPARE(m.text(ThreeWayMerge::Side::Mine), lines({"a=1", "b=mine", "c=3", "d=4", "m=1"}));
        QCOMPARE(m.text(ThreeWayMerge::Side::Theirs), lines({"a=theirs", "b=theirs", "c=3", "d=4", "m=1"}));
        QCOMPARE(m.text(ThreeWayMerge::Side::Markers),
                 lines({"<<<<<<< mine", "a=1", "b=mine", "||||||| base", "a=1", "b=2", "=======", "a=theirs",
                        "b=theirs", ">>>>>>> theirs", "c=3", "d=4", "m=1"}));
        QVERIFY(ThreeWayMerge::hasMarkers(m.text(ThreeWayMerge::Side::Markers)));
        QVERIFY(!ThreeWayMerge::hasMarkers(m.text(ThreeWayMerge::Side::Mine)));
        QVERIFY(ThreeWayMerge::hasMarkers(QStringLiteral("a=1\n<<<<<<< min\n")));
        // What the merge dialog says is left to settle, as the conflict is edited away.
        QCOMPARE(ThreeWayMerge::conflictsLeft(m.text(ThreeWayMerge::Side::Markers)), 1);
        QCOMPARE(ThreeWayMerge::conflictsLeft(m.text(ThreeWayMerge::Side::Markers)
                                              + lines({"<<<<<<< mine", "x", "=======", "y", ">>>>>>> theirs"})),
                 2);
        QCOMPARE(ThreeWayMerge::conflictsLeft(lines({"a=1", ">>>>>>> theirs"})), 1); // half deleted
        QCOMPARE(ThreeWayMerge::conflictsLeft(lines({"a=1", "======="})), 1);
        QCOMPARE(ThreeWayMerge::conflictsLeft(m.text(ThreeWayMerge::Side::Mine)), 0);
    }

    void keepsLineEnds()
    {
        const ThreeWayMerge m = ThreeWayMerge::merge(QStringLiteral("a\r\nb\r\n"), QStringLiteral("a\r\nc\r\n"),
                                                     QStringLiteral("a\r\nb\r\n"));
        QCOMPARE(m.text(ThreeWayMerge::Side::Mine), QStringLiteral("a\r\nc\r\n"));
        QCOMPARE(ThreeWayMerge::merge(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"))
                     .text(ThreeWayMerge::Side::Mine),
                 QStringLiteral("b"));
    }
};

QTEST_APPLESS_MAIN(TextMergeTest)
#include "tst_textmerge.moc"
