#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// A template's text cut once into literal runs and "%ITCS_Name%" slots, so that rendering
// many devices is a series of appends. Names are letters, digits and '_'; a "%ITCS_" that does
// not form a placeholder stays literal text. Text is held as UTF-8.
class CompiledTemplate
{
public:
    static CompiledTemplate compile(const QString& text);

    // The placeholder names, each once, in order of first appearance.
    const QStringList& names() const { return m_names; }
    // 1-based line of a name's first appearance.
    int firstLine(int slot) const { return m_firstLines.at(slot); }
    int slotOf(const QString& name) const { return m_names.indexOf(name); }

    // What becomes of a line holding a placeholder that no level resolves (values[slot] null).
    enum class Unresolved {
        // The line never reaches a phone with "%ITCS_Name%" in it: a "key=..." line becomes
        // "key=<the parameter's default>" when the catalogue knows one, any other line is left out.
        SettleLines,
        // The placeholder stays, verbatim (for showing a template, never for a phone).
        KeepVerbatim,
    };

    // Appends the rendered text: values[slot] for each placeholder; unresolved ones (null
    // values[slot]) as `unresolved` says. values holds names().size() entries.
    void renderInto(QByteArray& out, const QByteArray* values, Unresolved unresolved = Unresolved::SettleLines) const;
    QByteArray render(const QVector<QByteArray>& values) const;

    // The SettleLines rule for one rendered line (without its line end): the line to write, or a
    // null array to leave it out.
    static QByteArray settledLine(QByteArrayView line);
    qsizetype literalSize() const { return m_literalSize; }

private:
    struct Segment
    {
        qsizetype begin = 0; // literal text before the slot
        qsizetype length = 0;
        int slot = -1; // -1: the last segment, no placeholder after it
    };

    QByteArray m_text;
    QVector<Segment> m_segments;
    QStringList m_names;
    QVector<QByteArray> m_verbatim; // "%ITCS_Name%" per slot, for unresolved ones
    QVector<int> m_firstLines;
    qsizetype m_literalSize = 0;
};
