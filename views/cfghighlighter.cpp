#include "cfghighlighter.h"

#include <QColor>
#include <QRegularExpression>

namespace {
QTextCharFormat colour(const QColor& c, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (bold) {
        f.setFontWeight(QFont::DemiBold);
    }
    f.setFontItalic(italic);
    return f;
}
} // namespace

CfgHighlighter::CfgHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    m_formats.insert(Part::Key, colour(QColor(0x1a, 0x52, 0x76), true));
    m_formats.insert(Part::Value, colour(QColor(0x2e, 0x7d, 0x32)));
    m_formats.insert(Part::Include, colour(QColor(0x6a, 0x1b, 0x9a), true));
    m_formats.insert(Part::Comment, colour(QColor(0x75, 0x75, 0x75), false, true));
    QTextCharFormat placeholder = colour(QColor(0xbf, 0x36, 0x0c), true);
    placeholder.setBackground(QColor(0xff, 0xf3, 0xe0));
    m_formats.insert(Part::Placeholder, placeholder);
    QTextCharFormat encrypted = colour(QColor(0x00, 0x69, 0x5c));
    encrypted.setBackground(QColor(0xe0, 0xf2, 0xf1));
    m_formats.insert(Part::Encrypted, encrypted);
    QTextCharFormat unresolved = colour(Qt::white, true);
    unresolved.setBackground(QColor(0xc6, 0x28, 0x28));
    m_formats.insert(Part::Unresolved, unresolved);
}

void CfgHighlighter::setPlaceholdersUnresolved(bool on, const QStringList& expected)
{
    if (m_unresolved == on && m_expected == expected) {
        return;
    }
    m_unresolved = on;
    m_expected = expected;
    rehighlight();
}

void CfgHighlighter::setDiagnostics(const QVector<CfgDiagnostic>& diagnostics)
{
    m_byLine.clear();
    for (const CfgDiagnostic& d : diagnostics) {
        const int block = d.line - 1;
        const auto seen = m_byLine.constFind(block);
        if (seen == m_byLine.constEnd() || static_cast<int>(d.severity) < static_cast<int>(seen->severity)) {
            m_byLine.insert(block, d);
        }
    }
    rehighlight();
}

void CfgHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%ITCS_[A-Za-z0-9_]*%"));
    static const QRegularExpression encrypted(QStringLiteral("\\{\"[^\"]*\"\\}"));
    static const QRegularExpression include(QStringLiteral("^\\s*include(\\s|$)"));
    int start = 0;
    while (start < text.size() && (text.at(start) == u' ' || text.at(start) == u'\t')) {
        ++start;
    }
    if (start < text.size() && text.at(start) == u';') {
        setFormat(start, static_cast<int>(text.size()) - start, m_formats.value(Part::Comment));
    } else if (include.match(text).hasMatch()) {
        setFormat(start, static_cast<int>(text.size()) - start, m_formats.value(Part::Include));
    } else if (const int eq = static_cast<int>(text.indexOf(u'=')); eq > start) {
        setFormat(start, eq - start, m_formats.value(Part::Key));
        setFormat(eq + 1, static_cast<int>(text.size()) - eq - 1, m_formats.value(Part::Value));
    }
    for (const QRegularExpression* re : {&encrypted, &placeholder}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Part part = Part::Encrypted;
            if (re == &placeholder) {
                // "%ITCS_Name%" -> "Name"
                const bool expected = m_expected.contains(m.captured(0).mid(6, m.capturedLength() - 7));
                part = m_unresolved && !expected ? Part::Unresolved : Part::Placeholder;
            }
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), m_formats.value(part));
        }
    }
    const auto d = m_byLine.constFind(currentBlock().blockNumber());
    if (d != m_byLine.constEnd() && d->severity != CfgDiagnostic::Severity::Note) {
        const int from = qBound(0, d->column - 1, qMax(0, static_cast<int>(text.size()) - 1));
        const int length = qMax(1, static_cast<int>(text.size()) - from);
        for (int i = from; i < from + length && i < text.size(); ++i) {
            QTextCharFormat f = QSyntaxHighlighter::format(i);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(d->severity == CfgDiagnostic::Severity::Error ? QColor(0xc6, 0x28, 0x28)
                                                                              : QColor(0xf9, 0xa8, 0x25));
            f.setToolTip(d->message);
            setFormat(i, 1, f);
        }
    }
}
