#include "threewaymerge.h"

#include "linediff.h"

#include <algorithm>

namespace {
struct Change
{
    LineDiff::Hunk hunk;
    bool mine = false;
};

const QString mineMarker = QStringLiteral("<<<<<<< mine");
const QString baseMarker = QStringLiteral("||||||| base");
const QString splitMarker = QStringLiteral("=======");
const QString theirsMarker = QStringLiteral(">>>>>>> theirs");

QStringList slice(const QStringList& lines, int from, int count)
{
    return lines.mid(from, count);
}
} // namespace

ThreeWayMerge ThreeWayMerge::merge(const QString& base, const QString& mine, const QString& theirs)
{
    ThreeWayMerge result;
    const QString& sample = !mine.isEmpty() ? mine : !theirs.isEmpty() ? theirs : base;
    result.m_lineEnd = sample.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    result.m_finalLineEnd =
        sample.isEmpty() || sample.endsWith(QLatin1Char('\n')) || sample.endsWith(QLatin1Char('\r'));
    const QStringList b = LineDiff::splitLines(base);
    const QStringList m = LineDiff::splitLines(mine);
    const QStringList t = LineDiff::splitLines(theirs);

    // Both sides' changes against the base, in base order.
    QVector<Change> changes;
    const QVector<LineDiff::Hunk> ours = LineDiff::hunks(b, m);
    const QVector<LineDiff::Hunk> others = LineDiff::hunks(b, t);
    int i = 0;
    int j = 0;
    while (i < ours.size() || j < others.size()) {
        const bool takeMine = j >= others.size() || (i < ours.size() && ours.at(i).aStart <= others.at(j).aStart);
        changes.append({takeMine ? ours.at(i++) : others.at(j++), takeMine});
    }

    // Changes whose base ranges overlap or touch form one group; each group is one chunk.
    int basePos = 0;     // next base line not yet in a chunk
    int mineShift = 0;   // mine's line = base line + mineShift, outside changes
    int theirsShift = 0; // the same for theirs
    for (int c = 0; c < changes.size();) {
        const int start = changes.at(c).hunk.aStart;
        int end = start + changes.at(c).hunk.aCount;
        bool anyMine = false;
        bool anyTheirs = false;
        int mineDelta = 0;
        int theirsDelta = 0;
        int g = c;
        while (g < changes.size() && (g == c || changes.at(g).hunk.aStart <= end)) {
            const LineDiff::Hunk& h = changes.at(g).hunk;
            end = qMax(end, h.aStart + h.aCount);
            if (changes.at(g).mine) {
                anyMine = true;
                mineDelta += h.bCount - h.aCount;
            } else {
                anyTheirs = true;
                theirsDelta += h.bCount - h.aCount;
            }
            ++g;
        }
        if (start > basePos) {
            result.m_chunks.append({Chunk::Kind::Same, slice(b, basePos, start - basePos), {}, {}, basePos});
        }
        Chunk chunk;
        chunk.baseLine = start;
        chunk.base = slice(b, start, end - start);
        chunk.mine = slice(m, start + mineShift, end - start + mineDelta);
        chunk.theirs = slice(t, start + theirsShift, end - start + theirsDelta);
        if (anyMine && anyTheirs) {
            chunk.kind = chunk.mine == chunk.theirs ? Chunk::Kind::Both : Chunk::Kind::Conflict;
        } else {
            chunk.kind = anyMine ? Chunk::Kind::Mine : Chunk::Kind::Theirs;
        }
        result.m_chunks.append(chunk);
        mineShift += mineDelta;
        theirsShift += theirsDelta;
        basePos = end;
        c = g;
    }
    if (basePos < b.size()) {
        result.m_chunks.append({Chunk::Kind::Same, slice(b, basePos, int(b.size()) - basePos), {}, {}, basePos});
    }
    return result;
}

int ThreeWayMerge::conflictCount() const
{
    return int(std::count_if(m_chunks.begin(), m_chunks.end(),
                             [](const Chunk& c) { return c.kind == Chunk::Kind::Conflict; }));
}

bool ThreeWayMerge::mineChanged() const
{
    return std::any_of(m_chunks.begin(), m_chunks.end(), [](const Chunk& c) {
        return c.kind == Chunk::Kind::Mine || c.kind == Chunk::Kind::Both || c.kind == Chunk::Kind::Conflict;
    });
}

bool ThreeWayMerge::theirsChanged() const
{
    return std::any_of(m_chunks.begin(), m_chunks.end(), [](const Chunk& c) {
        return c.kind == Chunk::Kind::Theirs || c.kind == Chunk::Kind::Both || c.kind == Chunk::Kind::Conflict;
    });
}

QString ThreeWayMerge::text(Side conflicts) const
{
    QStringList lines;
    for (const Chunk& c : m_chunks) {
        switch (c.kind) {
        case Chunk::Kind::Same:
            lines += c.base;
            break;
        case Chunk::Kind::Mine:
        case Chunk::Kind::Both:
            lines += c.mine;
            break;
        case Chunk::Kind::Theirs:
            lines += c.theirs;
            break;
        case Chunk::Kind::Conflict:
            if (conflicts == Side::Mine) {
                lines += c.mine;
            } else if (conflicts == Side::Theirs) {
                lines += c.theirs;
            } else {
                lines << mineMarker << c.mine << baseMarker << c.base << splitMarker << c.theirs << theirsMarker;
            }
            break;
        }
    }
    if (lines.isEmpty()) {
        return {};
    }
    return lines.join(m_lineEnd) + (m_finalLineEnd ? m_lineEnd : QString());
}

int ThreeWayMerge::conflictsLeft(const QString& text)
{
    int opening = 0;
    int closing = 0;
    for (const QString& line : LineDiff::splitLines(text)) {
        opening += line.startsWith(QLatin1String("<<<<<<<")) ? 1 : 0;
        closing += line.startsWith(QLatin1String(">>>>>>>")) ? 1 : 0;
    }
    const int counted = qMax(opening, closing);
    return counted > 0 ? counted : hasMarkers(text) ? 1 : 0;
}

bool ThreeWayMerge::hasMarkers(const QString& text)
{
    for (const QString& line : LineDiff::splitLines(text)) {
        // A marker half deleted still is one.
        if (line.startsWith(QLatin1String("<<<<<<<")) || line.startsWith(QLatin1String("|||||||"))
            || line.startsWith(QLatin1String(">>>>>>>")) || line == splitMarker) {
            return true;
        }
    }
    return false;
}
