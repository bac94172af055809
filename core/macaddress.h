#pragma once

#include <QString>

// A phone's Ethernet address, always held as 12 upper-case hexadecimal digits
// ("00908F1A2B01"), whatever form it was written in.
class MacAddress
{
public:
    MacAddress() = default;

    // Accepts "00908F1A2B01", "00908f1a2b01", "00:90:8F:1A:2B:01", "00-90-8f-1a-2b-01" and
    // "0090.8f1a.2b01". Anything else gives a null MacAddress.
    static MacAddress fromString(const QString& text);
    static bool isValid(const QString& text) { return !fromString(text).isNull(); }

    bool isNull() const { return m_digits.isEmpty(); }
    QString toString() const { return m_digits; }
    // "00:90:8F:1A:2B:01", for people.
    QString toColonString() const;

    bool operator==(const MacAddress& other) const { return m_digits == other.m_digits; }
    bool operator!=(const MacAddress& other) const { return m_digits != other.m_digits; }

private:
    explicit MacAddress(QString digits);

    QString m_digits;
};
