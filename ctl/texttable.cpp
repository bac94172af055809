#include "texttable.h"

#include <QTextStream>

QString TextTable::printable(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = u'?';
        }
    }
    return out;
}

void TextTable::print(QTextStream& out) const
{
    QVector<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        widths.resize(qMax(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = qMax(widths[i], printable(row.at(i)).size());
        }
    }
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cell = printable(row.at(i));
            line += i + 1 < row.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out << line << "\n";
    }
}
