#include "macaddress.h"

#include <QList>

MacAddress::MacAddress(QString digits)
    : m_digits(std::move(digits))
{ }

MacAddress MacAddress::fromString(const QString& text)
{
    // The common case first: twelve hex digits, already upper case.
    if (text.size() == 12) {
        bool canonical = true;
        for (const QChar c : text) {
            canonical = canonical && ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F'));
        }
        if (canonical) {
            return MacAddress(text);
        }
    }
    const QString trimmed = text.trimmed();
    QString digits;
    digits.reserve(12);
    QChar separator;
    int groupLength = 0;
    QList<int> groups;
    for (const QChar c : trimmed) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (hex) {
            digits.append(c.toUpper());
            ++groupLength;
            continue;
        }
        if (c != u':' && c != u'-' && c != u'.') {
            return {};
        }
        if (!separator.isNull() && c != separator) {
            return {}; // mixed separators: "00:90-8F..."
        }
        separator = c;
        groups.append(groupLength);
        groupLength = 0;
    }
    groups.append(groupLength);
    if (digits.size() != 12) {
        return {};
    }
    if (!separator.isNull()) {
        // Separated forms must be regular: six groups of two, or three groups of four ("0090.8f1a.2b01").
        const int expected = groups.size() == 6 ? 2 : (groups.size() == 3 ? 4 : -1);
        for (int length : groups) {
            if (length != expected) {
                return {};
            }
        }
    }
    return MacAddress(digits);
}

QString MacAddress::toColonString() const
{
    QString out;
    for (int i = 0; i < m_digits.size(); i += 2) {
        if (i > 0) {
            out.append(u':');
        }
        out.append(QStringView(m_digits).mid(i, 2));
    }
    return out;
}
