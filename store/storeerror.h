#pragma once

#include <QString>

#include <optional>
#include <utility>

// Why a store operation failed, in words an administrator can act on.
struct StoreError
{
    enum class Code {
        None,
        NotFound,   // no such row
        Conflict,   // the row changed since it was read (stale revision): HTTP 409
        Constraint, // a unique name is taken, or a row is still referenced
        Invalid,    // the data breaks a rule (empty name, bad MAC, ...)
        Database,   // the database itself failed (I/O, connection, schema)
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

// A value or the reason there is none.
template <class T>
class StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    { }
    StoreResult(StoreError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const StoreError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};
