#pragma once

#include "cfgdiagnostic.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a cfg file or template as it is typed: keys, values, include lines, ';' comments,
// %ITCS_...% placeholders and {"..."} encrypted values; lines with a diagnostic get a wavy
// underline (red for errors, amber for warnings) from the column it names to the line's end.
class CfgHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Part { Key, Value, Include, Comment, Placeholder, Encrypted, Unresolved };

    explicit CfgHighlighter(QTextDocument* document);

    // The diagnostics to underline (CfgDiagnostic lines and columns are 1-based); rehighlights.
    void setDiagnostics(const QVector<CfgDiagnostic>& diagnostics);
    QTextCharFormat format(Part part) const { return m_formats.value(part); }
    // A rendered file: a placeholder still in it is one nothing resolved, shown as a problem,
    // except the names in expected (each phone's own, in a preview for any phone of a region).
    void setPlaceholdersUnresolved(bool on, const QStringList& expected = {});

protected:
    void highlightBlock(const QString& text) override;

private:
    QHash<Part, QTextCharFormat> m_formats;
    QHash<int, CfgDiagnostic> m_byLine; // 0-based block number -> the most severe diagnostic
    bool m_unresolved = false;
    QStringList m_expected;
};
