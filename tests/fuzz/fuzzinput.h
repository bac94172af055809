#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer hands a target, taken apart front to back: a choice byte, a length, a
// piece, the rest. Past the end everything reads as zero or empty, so any input is a valid
// sequence of choices (the fuzzer learns which bytes steer where).
class FuzzInput
{
public:
    FuzzInput(const uint8_t* data, size_t size)
        : m_data(reinterpret_cast<const char*>(data))
        , m_size(static_cast<qsizetype>(size))
    {
    }

    bool atEnd() const { return m_pos >= m_size; }
    qsizetype remaining() const { return m_size - m_pos; }

    uint8_t byte()
    {
        return m_pos < m_size ? static_cast<uint8_t>(m_data[m_pos++]) : 0;
    }
    // A piece ending at the next '\n' (not included) or at the end.
    QByteArray line()
    {
        qsizetype end = m_pos;
        while (end < m_size && m_data[end] != '\n') {
            ++end;
        }
        const QByteArray piece(m_data + m_pos, end - m_pos);
        m_pos = end < m_size ? end + 1 : end;
        return piece;
    }
    QString utf8Line() { return QString::fromUtf8(line()); }
    QByteArray rest()
    {
        const QByteArray piece(m_data + m_pos, m_size - m_pos);
        m_pos = m_size;
        return piece;
    }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

// A broken invariant: says which on stderr and aborts, which libFuzzer records as a crash with
// the input that caused it (and the corpus regression test fails).
[[noreturn]] void fuzzFailure(const char* what);
#define FUZZ_CHECK(condition)                                                                                         \
    do {                                                                                                              \
        if (!(condition)) {                                                                                           \
            fuzzFailure(__FILE__ ": " #condition);                                                                    \
        }                                                                                                             \
    } while (false)
