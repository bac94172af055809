#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// A line-by-line comparison of two texts (Myers' O(ND) algorithm): what the preview's diff
// view shows and what the three-way merge of a template is built on.
namespace LineDiff {
// One region where the texts differ: a's lines [aStart, aStart + aCount) became b's lines
// [bStart, bStart + bCount). One of the counts may be 0 (lines only added or only removed).
struct Hunk
{
    int aStart = 0;
    int aCount = 0;
    int bStart = 0;
    int bCount = 0;
};

// The text's lines without their line ends ("a\r\nb\n" -> "a", "b"); "" -> none.
QStringList splitLines(const QString& text);

// The differing regions, in order; none when the texts are equal. Past maxEdits differences
// (a rewrite rather than an edit) the rest is one region, so the cost stays bounded.
QVector<Hunk> hunks(const QStringList& a, const QStringList& b, int maxEdits = 2000);

// One line of a unified comparison.
struct Line
{
    enum class Kind { Same, Removed, Added, Gap }; // Gap: unchanged lines left out
    Kind kind = Kind::Same;
    int aLine = -1; // 0-based, -1 where the line is not in a
    int bLine = -1;
    QString text;
};
// Every difference with up to context unchanged lines around it; the lines left out between
// two differences are one Gap line saying how many.
QVector<Line> unified(const QStringList& a, const QStringList& b, int context = 3);
} // namespace LineDiff
