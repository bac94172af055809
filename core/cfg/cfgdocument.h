#pragma once

#include "cfgline.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

// A phone .cfg file: "key=value" lines, "include <file or URL>" lines, ';' comments and blank
// lines, with LF or CRLF endings and an optional UTF-8 BOM. Parsing never fails and is linear in
// the input; writing an unmodified document gives back the identical bytes. Encrypted values
// ({"..."}) are kept byte for byte. Judging the content is CfgChecker's job.
class CfgDocument
{
public:
    static CfgDocument parse(const QByteArray& data);

    QByteArray toByteArray() const;

    bool hasBom() const { return m_bom; }
    int lineCount() const { return m_lines.size(); }
    const CfgLine& line(int index) const { return m_lines.at(index); }

    // The line's bytes without its ending.
    QByteArrayView lineBytes(int index) const;
    // KeyValue lines: the key without surrounding blanks, and the raw value after '='.
    QByteArrayView keyBytes(int index) const;
    QByteArrayView valueBytes(int index) const;
    QString key(int index) const;
    QString value(int index) const;
    // Include lines: the target without surrounding blanks.
    QString includeTarget(int index) const;

    // Index of the line that sets key (the last one, as on the phone), or -1.
    int findKey(const QString& key) const;
    // The value the phone uses for key, or a null QString when the key is absent.
    QString effectiveValue(const QString& key) const;

    // Replaces a line's text; the line is classified again. The ending is kept.
    void setLineText(int index, const QByteArray& text);
    // Sets key's value on the line that sets it, or appends "key=value" at the end.
    void setValue(const QString& key, const QString& value);
    // Inserts a line before index (index == lineCount() appends).
    void insertLine(int index, const QByteArray& text);
    void removeLine(int index);

private:
    const QByteArray& bufferOf(const CfgLine& line) const { return line.edited ? m_edits : m_data; }
    static void classify(const char* text, CfgLine* line);
    QByteArray defaultEol() const;

    QByteArray m_data;  // the bytes parsed (BOM included)
    QByteArray m_edits; // text of edited and inserted lines
    QVector<CfgLine> m_lines;
    bool m_bom = false;
};
