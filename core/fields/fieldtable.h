#pragma once

#include "fieldspec.h"

#include <QByteArray>
#include <QHash>
#include <QLatin1String>

#include <functional>
#include <vector>

// One field of a Row: its spec and how to get and set it on a row.
//
//   Field<Device>::integer("vlanPriority", &Device::vlanPriority, 0, 7)
//       .stored("vlan_priority").inCsv("VLAN Priority").labelled("VLAN priority")
//
// The JSON key is the member's name unless api() says otherwise (or noApi() says there is none).
namespace FieldDetail {
template <class T>
struct Same
{
    using type = T;
};
} // namespace FieldDetail

template <class Row>
struct Field : FieldSpec
{
    template <class T>
    using Same = FieldDetail::Same<T>;

    std::function<FieldValue(const Row&)> get;
    // Sets a value as the store or the server's answers hold it.
    std::function<void(Row*, const FieldValue&)> set;
    // Sets a value from outside (an API client, a CSV cell) where it needs more than set():
    // a model spelt "Audiocodes_430HD_TEAMS" is "430HD" of the Teams flavour.
    std::function<void(Row*, const FieldValue&)> accept;
    // A rule of this field beyond its type and range (what makes a placeholder name).
    std::function<QString(const FieldValue&)> rule;

    static Field text(const char* member, QString Row::*m, FieldType type = FieldType::Text)
    {
        Field f(member, type);
        f.get = [m](const Row& r) { return FieldValue::ofText(r.*m); };
        f.set = [m](Row* r, const FieldValue& v) { r->*m = v.text; };
        return f;
    }
    static Field lines(const char* member, QString Row::*m) { return text(member, m, FieldType::Lines); }
    template <class Int>
    static Field integer(const char* member, Int Row::*m, qint64 min, qint64 max)
    {
        Field f(member, FieldType::Integer);
        f.min = min;
        f.max = max;
        f.get = [m](const Row& r) { return FieldValue::ofNumber(r.*m); };
        f.set = [m](Row* r, const FieldValue& v) { r->*m = static_cast<Int>(v.number); };
        return f;
    }
    static Field reference(const char* member, qint64 Row::*m)
    {
        Field f(member, FieldType::Reference);
        f.max = Fields::maxId;
        f.get = [m](const Row& r) { return FieldValue::ofNumber(r.*m); };
        f.set = [m](Row* r, const FieldValue& v) { r->*m = v.number; };
        return f;
    }
    static Field flag(const char* member, bool Row::*m)
    {
        Field f(member, FieldType::Flag);
        f.max = 1;
        f.get = [m](const Row& r) { return FieldValue::ofNumber(r.*m ? 1 : 0); };
        f.set = [m](Row* r, const FieldValue& v) { r->*m = v.number != 0; };
        return f;
    }
    static Field time(const char* member, QDateTime Row::*m)
    {
        Field f(member, FieldType::Time);
        f.get = [m](const Row& r) { return FieldValue::ofTime(r.*m); };
        f.set = [m](Row* r, const FieldValue& v) { r->*m = v.time; };
        return f;
    }
    // An enum kept as one of words; toText/fromText: the enum's own conversions.
    template <class E>
    static Field choice(const char* member, E Row::*m, QStringList words, typename Same<QString (*)(E)>::type toText,
                        typename Same<bool (*)(const QString&, E*)>::type fromText)
    {
        Field f(member, FieldType::Choice);
        f.choices = std::move(words);
        f.get = [m, toText](const Row& r) { return FieldValue::ofText(toText(r.*m)); };
        f.set = [m, fromText](Row* r, const FieldValue& v) { fromText(v.text, &(r->*m)); };
        return f;
    }
    // Any other way to hold a value (a MAC address, a nested member).
    static Field custom(const char* member, FieldType type, std::function<FieldValue(const Row&)> get,
                        std::function<void(Row*, const FieldValue&)> set)
    {
        Field f(member, type);
        f.get = std::move(get);
        f.set = std::move(set);
        return f;
    }

    Field& stored(const char* name)
    {
        column = name;
        return *this;
    }
    Field& api(const char* name)
    {
        json = name;
        return *this;
    }
    Field& noApi()
    {
        json = nullptr;
        return *this;
    }
    Field& inCsv(const char* header)
    {
        csv = header;
        return *this;
    }
    Field& asPlaceholder(const char* name)
    {
        placeholder = name;
        return *this;
    }
    Field& labelled(const char* words)
    {
        label = words;
        return *this;
    }
    Field& with(unsigned more)
    {
        flags |= more;
        if (more & FieldFlag::Internal) {
            json = nullptr;
        }
        return *this;
    }
    Field& acceptedBy(std::function<void(Row*, const FieldValue&)> fn)
    {
        accept = std::move(fn);
        return *this;
    }
    Field& ruledBy(std::function<QString(const FieldValue&)> fn)
    {
        rule = std::move(fn);
        return *this;
    }
    Field& alsoTaking(QStringList words)
    {
        aliases = std::move(words);
        return *this;
    }
    Field& range(qint64 lowest, qint64 highest)
    {
        min = lowest;
        max = highest;
        return *this;
    }

    // problem() and this field's own rule.
    QString problemOf(const FieldValue& value) const
    {
        QString why = problem(value);
        if (why.isEmpty() && rule) {
            why = rule(value);
        }
        return why;
    }
    // Sets a value that came from outside.
    void assign(Row* row, const FieldValue& value) const { accept ? accept(row, value) : set(row, value); }

    // The value as it is stored and checked: trimmed where the field says so.
    FieldValue value(const Row& row) const
    {
        FieldValue v = get(row);
        if (has(FieldFlag::Trimmed)) {
            v.text = v.text.trimmed();
        }
        return v;
    }

private:
    Field(const char* name, FieldType kind)
    {
        member = name;
        json = name;
        label = name;
        type = kind;
    }
};

// Every field of one kind of row, in the order the store's columns, the API's members and the
// CSV's columns take. Lookups by JSON key, column and CSV header are hashed.
template <class Row>
class FieldTable
{
public:
    // noun: what a row is called in messages ("device"); name: the member that names a row
    // in them ("mac"); rule: a check across fields (a region placeholder needs its region).
    FieldTable(const char* noun, const char* name, std::vector<Field<Row>> fields,
               std::function<QString(const Row&)> rule = {})
        : m_noun(noun)
        , m_name(name)
        , m_fields(std::move(fields))
        , m_rule(std::move(rule))
    {
        for (int i = 0; i < static_cast<int>(m_fields.size()); ++i) {
            const Field<Row>& f = m_fields[static_cast<size_t>(i)];
            if (f.json) {
                m_byJson.insert(QByteArray(f.json), i);
            }
            if (f.column) {
                m_columns.append(QLatin1String(f.column));
                m_byColumn.insert(QLatin1String(f.column), i);
            }
            m_byMember.insert(QLatin1String(f.member), i);
        }
    }

    const std::vector<Field<Row>>& fields() const { return m_fields; }
    const Field<Row>* byJson(QLatin1String key) const
    {
        return at(m_byJson.value(QByteArray::fromRawData(key.data(), key.size()), -1));
    }
    const Field<Row>* byJson(const QString& key) const { return at(m_byJson.value(key.toLatin1(), -1)); }
    const Field<Row>* byColumn(const QString& column) const { return at(m_byColumn.value(column, -1)); }
    const Field<Row>* byMember(const QString& member) const { return at(m_byMember.value(member, -1)); }
    // A field by its member's name; a name that is none is a programming error.
    const Field<Row>& operator[](const char* member) const
    {
        const Field<Row>* f = byMember(QLatin1String(member));
        Q_ASSERT_X(f, "FieldTable", member);
        static const Field<Row> none =
            Field<Row>::custom(
                "", FieldType::Text, [](const Row&) { return FieldValue(); }, [](Row*, const FieldValue&) {})
                .noApi();
        return f ? *f : none;
    }
    // The fields that have what the predicate asks for, in table order ("those with a CSV
    // header").
    template <class Predicate>
    std::vector<const Field<Row>*> select(Predicate wanted) const
    {
        std::vector<const Field<Row>*> out;
        for (const Field<Row>& f : m_fields) {
            if (wanted(f)) {
                out.push_back(&f);
            }
        }
        return out;
    }
    // The stored fields' columns, in table order.
    const QStringList& columns() const { return m_columns; }

    // The first field whose value is not right, in problem() words, then the rule across
    // fields; empty when all is right. The one check of a row, wherever it comes from.
    QString problem(const Row& row) const
    {
        for (const Field<Row>& f : m_fields) {
            const QString why = f.problemOf(f.value(row));
            if (!why.isEmpty()) {
                return why;
            }
        }
        return m_rule ? m_rule(row) : QString();
    }
    // The fields that differ between two versions of a row, by their JSON key (else their
    // member's name), id and revision aside: what an audit line names. Values are left out:
    // some are secrets.
    QStringList changed(const Row& before, const Row& after) const
    {
        QStringList names;
        for (const Field<Row>& f : m_fields) {
            if (!f.column) {
                continue; // id, revision
            }
            const FieldValue a = f.get(before);
            const FieldValue b = f.get(after);
            if (a.text != b.text || a.number != b.number || a.time != b.time) {
                names << QLatin1String(f.json ? f.json : f.member);
            }
        }
        return names;
    }

    // "device 00:11:22:33:44:55", "user alice": a row in messages.
    QString describe(const Row& row) const
    {
        const Field<Row>* f = byMember(QLatin1String(m_name));
        const QString name = f ? f->toText(f->value(row)) : QString();
        return name.isEmpty() ? QLatin1String(m_noun) : QLatin1String(m_noun) + u' ' + name;
    }
    const char* noun() const { return m_noun; }

private:
    const Field<Row>* at(int index) const { return index < 0 ? nullptr : &m_fields[static_cast<size_t>(index)]; }

    const char* m_noun;
    const char* m_name;
    std::vector<Field<Row>> m_fields;
    std::function<QString(const Row&)> m_rule;
    QStringList m_columns;
    QHash<QByteArray, int> m_byJson; // QLatin1String keys (JsonCursor's) look up without a copy
    QHash<QString, int> m_byColumn;
    QHash<QString, int> m_byMember;
};

// The table of each entity, defined in entityfields.cpp.
template <class Row>
const FieldTable<Row>& fieldsOf();
