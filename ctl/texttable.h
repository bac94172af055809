#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QTextStream;

// Columns aligned for a terminal, header first. Control characters in cells (text phones
// reported) are shown as '?', so a cell can never move the cursor or clear the screen.
class TextTable
{
public:
    explicit TextTable(const QStringList& header)
        : m_rows {header}
    { }
    void add(const QStringList& row) { m_rows.append(row); }
    int rowCount() const { return static_cast<int>(m_rows.size()) - 1; }
    void print(QTextStream& out) const;

    static QString printable(const QString& text);

private:
    QVector<QStringList> m_rows;
};
