#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// The three-way merge of a text two people changed from the same base (diff3): changes made
// on one side only are taken, the same change made on both sides is taken once, and changes
// that touch the same lines differently are conflicts for the administrator to settle. Used
// when a template edited offline meets the server's newer revision.
class ThreeWayMerge
{
public:
    struct Chunk
    {
        enum class Kind { Same, Mine, Theirs, Both, Conflict };
        Kind kind = Kind::Same;
        QStringList base;
        QStringList mine;
        QStringList theirs;
        int baseLine = 0; // 0-based first line of the chunk in the base
    };

    static ThreeWayMerge merge(const QString& base, const QString& mine, const QString& theirs);

    const QVector<Chunk>& chunks() const { return m_chunks; }
    int conflictCount() const;
    bool mineChanged() const;   // mine differs from the base
    bool theirsChanged() const; // theirs differs from the base

    enum class Side { Mine, Theirs, Markers };
    // The merged text, each conflict settled for that side, or (Markers) shown between
    // "<<<<<<< mine", "||||||| base", "=======" and ">>>>>>> theirs" lines for editing by hand.
    QString text(Side conflicts) const;
    // Whether a text still holds one of the marker lines text(Markers) writes.
    static bool hasMarkers(const QString& text);
    // How many conflicts a text edited by hand still holds: one per "<<<<<<<" or ">>>>>>>"
    // line, whichever there are more of (a marker half deleted still counts), at least one while
    // any marker line is left.
    static int conflictsLeft(const QString& text);

private:
    QVector<Chunk> m_chunks;
    QString m_lineEnd = QStringLiteral("\n");
    bool m_finalLineEnd = true;
};
