#include "linediff.h"

#include <QRegularExpression>

#include <vector>

namespace LineDiff {

QStringList splitLines(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\n|\r"));
    QStringList lines = text.split(lineEnd);
    if (lines.last().isEmpty()) {
        lines.removeLast(); // the final line end ends a line, it does not start one
    }
    return lines;
}

namespace {
// The shortest edit script of a[aBegin, aEnd) to b[bBegin, bEnd) as hunks appended to *out, or
// false when it takes more than maxEdits insertions and deletions.
bool myers(const QStringList& a, int aBegin, int aEnd, const QStringList& b, int bBegin, int bEnd, int maxEdits,
           QVector<Hunk>* out)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;
    const int limit = qMin(n + m, maxEdits);
    const int offset = limit + 1;
    std::vector<int> v(2 * static_cast<size_t>(limit) + 3, 0);
    // trace[d]: the furthest x per diagonal before step d, diagonals -(d+1)..d+1 only (what
    // the walk back reads), so memory grows with the square of the edits, not the lengths.
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset])) ? v[k + 1 + offset]
                                                                                   : v[k - 1 + offset] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(aBegin + x) == b.at(bBegin + y)) {
                ++x;
                ++y;
            }
            v[k + offset] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        return false;
    }
    // Walk back from the end, collecting the edits, then group them into hunks.
    struct Edit
    {
        bool insert;
        int x; // position in a (delete: the line removed; insert: where it goes)
        int y; // position in b
    };
    std::vector<Edit> edits;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& pv = trace[static_cast<size_t>(d)];
        const auto at = [&](int k) { return pv[static_cast<size_t>(k + d + 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
            --x;
            --y;
        }
        if (down) {
            edits.push_back({true, x, y - 1});
        } else {
            edits.push_back({false, x - 1, y});
        }
        x = prevX;
        y = prevY;
    }
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        const int ax = aBegin + it->x;
        const int by = bBegin + it->y;
        Hunk* last = out->isEmpty() ? nullptr : &out->last();
        const bool joins = last && last->aStart + last->aCount == ax && last->bStart + last->bCount == by;
        if (it->insert) {
            if (joins) {
                ++last->bCount;
            } else {
                out->append({ax, 0, by, 1});
            }
        } else {
            if (joins) {
                ++last->aCount;
            } else {
                out->append({ax, 1, by, 0});
            }
        }
    }
    return true;
}
} // namespace

QVector<Hunk> hunks(const QStringList& a, const QStringList& b, int maxEdits)
{
    int begin = 0;
    while (begin < a.size() && begin < b.size() && a.at(begin) == b.at(begin)) {
        ++begin;
    }
    int aEnd = int(a.size());
    int bEnd = int(b.size());
    while (aEnd > begin && bEnd > begin && a.at(aEnd - 1) == b.at(bEnd - 1)) {
        --aEnd;
        --bEnd;
    }
    QVector<Hunk> out;
    if (begin == aEnd && begin == bEnd) {
        return out;
    }
    if (!myers(a, begin, aEnd, b, begin, bEnd, maxEdits, &out)) {
        out = {{begin, aEnd - begin, begin, bEnd - begin}};
    }
    return out;
}

QVector<Line> unified(const QStringList& a, const QStringList& b, int context)
{
    const QVector<Hunk> changes = hunks(a, b);
    QVector<Line> out;
    int aNext = 0; // first line of a not yet shown or skipped
    for (int i = 0; i < changes.size(); ++i) {
        const Hunk& h = changes.at(i);
        const int from = qMax(aNext, h.aStart - context);
        if (from > aNext) {
            out.append({Line::Kind::Gap, aNext, -1, QString::number(from - aNext)});
        }
        const int shift = h.bStart - h.aStart; // a -> b line numbers before this hunk
        for (int l = from; l < h.aStart; ++l) {
            out.append({Line::Kind::Same, l, l + shift, a.at(l)});
        }
        for (int l = 0; l < h.aCount; ++l) {
            out.append({Line::Kind::Removed, h.aStart + l, -1, a.at(h.aStart + l)});
        }
        for (int l = 0; l < h.bCount; ++l) {
            out.append({Line::Kind::Added, -1, h.bStart + l, b.at(h.bStart + l)});
        }
        aNext = h.aStart + h.aCount;
        const int nextStart = i + 1 < changes.size() ? changes.at(i + 1).aStart : int(a.size());
        const int to = qMin(nextStart, aNext + context);
        const int after = h.bStart + h.bCount - aNext;
        for (int l = aNext; l < to; ++l) {
            out.append({Line::Kind::Same, l, l + after, a.at(l)});
        }
        aNext = to;
    }
    if (!changes.isEmpty() && aNext < a.size()) {
        out.append({Line::Kind::Gap, aNext, -1, QString::number(a.size() - aNext)});
    }
    return out;
}

} // namespace LineDiff
