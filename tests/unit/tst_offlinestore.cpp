// The console's offline copy (TemplateCache) and its journal of unsaved text (RecoveryJournal).
#include "recoveryjournal.h"
#include "templatecache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class OfflineStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templatesPerServer()
    {
        QTemporaryDir dir;
        TemplateCache cache(dir.filePath(QStringLiteral("copy/offline.sqlite")));
        QVERIFY2(cache.isOpen(), qPrintable(cache.error()));
        const QString a = QStringLiteral("https://a:8443");
        QVERIFY(cache.storeTemplate(a, {{QStringLiteral("id"), 1}, {QStringLiteral("revision"), 3}}));
        QVERIFY(cache.storeTemplate(a, {{QStringLiteral("id"), 2}, {QStringLiteral("revision"), 1}}));
        QVERIFY(cache.storeTemplate(QStringLiteral("https://b"), {{QStringLiteral("id"), 1}}));
        QVERIFY(cache.storeTemplate(a, {{QStringLiteral("id"), 1}, {QStringLiteral("revision"), 4}})); // replaced
        QCOMPARE(cache.templates(a).size(), 2);
        QCOMPARE(cache.templateById(a, 1).value(QStringLiteral("revision")).toInt(), 4);
        QVERIFY(cache.forgetTemplatesExcept(a, {2}));
        QCOMPARE(cache.templates(a).size(), 1);
        QVERIFY(cache.templateById(a, 1).isEmpty());
        QCOMPARE(cache.templates(QStringLiteral("https://b")).size(), 1); // another server's stay
        QVERIFY(
            cache.storeContext(a, 2, QStringLiteral("region:5"), {{QStringLiteral("model"), QStringLiteral("430HD")}}));
        QCOMPARE(cache.context(a, 2, QStringLiteral("region:5")).value(QStringLiteral("model")).toString(),
                 QStringLiteral("430HD"));
        QVERIFY(cache.context(a, 2, QStringLiteral("region:6")).isEmpty());
        QVERIFY(cache.storeIdentity(
            a, {{QStringLiteral("me"), QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}}}}));
        QVERIFY(cache.identity(a).contains(QStringLiteral("me")));
    }

    void outboxKeepsTheFirstBase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("offline.sqlite"));
        const QString a = QStringLiteral("https://a");
        {
            TemplateCache cache(path);
            TemplateCache::Pending edit;
            edit.server = a;
            edit.templateId = 7;
            edit.baseRevision = 3;
            edit.base = {{QStringLiteral("name"), QStringLiteral("base")}};
            edit.mine = {{QStringLiteral("name"), QStringLiteral("first edit")}};
            QVERIFY(cache.addPending(edit) > 0);
            edit.baseRevision = 4; // the edit opened again from the copy, edited once more
            edit.base = {{QStringLiteral("name"), QStringLiteral("first edit")}};
            edit.mine = {{QStringLiteral("name"), QStringLiteral("second edit")}};
            QVERIFY(cache.addPending(edit) > 0);
            edit.templateId = 8;
            QVERIFY(cache.addPending(edit) > 0);
        }
        TemplateCache again(path); // what waits survives the console
        const QVector<TemplateCache::Pending> pending = again.pending(a);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().templateId, 7);
        QCOMPARE(pending.first().baseRevision, 3);
        QCOMPARE(pending.first().base.value(QStringLiteral("name")).toString(), QStringLiteral("base"));
        QCOMPARE(pending.first().mine.value(QStringLiteral("name")).toString(), QStringLiteral("second edit"));
        QVERIFY(pending.first().savedAt.isValid());
        QCOMPARE(again.pendingCount(QStringLiteral("https://other")), 0);
        QVERIFY(again.removePending(pending.first().id));
        QCOMPARE(again.pendingCount(a), 1);
    }

    void aCopyThatCannotOpenSaysWhy()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        TemplateCache cache(dir.filePath(QStringLiteral("file/offline.sqlite"))); // its folder is a file
        QVERIFY(!cache.isOpen());
        QVERIFY(cache.error().contains(QLatin1String("offline copy")));
        QVERIFY(!cache.storeTemplate(QStringLiteral("x"), {{QStringLiteral("id"), 1}}));
        QCOMPARE(cache.addPending({}), 0);
    }

    void journalKeepsAndForgets()
    {
        QTemporaryDir dir;
        const RecoveryJournal journal(dir.filePath(QStringLiteral("unsaved")));
        const QString key = RecoveryJournal::keyFor(QStringLiteral("file"), QStringLiteral("/tmp/a b.cfg"));
        QVERIFY(key.startsWith(QLatin1String("file-")));
        QCOMPARE(key, RecoveryJournal::keyFor(QStringLiteral("file"), QStringLiteral("/tmp/a b.cfg")));
        QVERIFY(key != RecoveryJournal::keyFor(QStringLiteral("file"), QStringLiteral("/tmp/other.cfg")));
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(journal.save(key, {{QStringLiteral("text"), QStringLiteral("one")}}));
        QVERIFY(journal.save(key, {{QStringLiteral("text"), QStringLiteral("two")}})); // replaced in one step
        QFile::Permissions p =
            QFile::permissions(dir.filePath(QStringLiteral("unsaved/") + key + QStringLiteral(".json")));
        QVERIFY(!(p & QFile::ReadOther));
        const QVector<RecoveryJournal::Entry> entries = journal.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().key, key);
        QCOMPARE(entries.first().state.value(QStringLiteral("text")).toString(), QStringLiteral("two"));
        QVERIFY(journal.remove(key));
        QVERIFY(journal.remove(key)); // gone already: still true
        QVERIFY(journal.entries().isEmpty());
    }
};

QTEST_APPLESS_MAIN(OfflineStoreTest)
#include "tst_offlinestore.moc"
