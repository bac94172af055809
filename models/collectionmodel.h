#pragma once

#include "entityfields.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QVector>

#include <functional>

// The rows of one admin API collection (alarms, users, regions, ...) as the server lists them,
// one JSON object per row, shown through column definitions. Sorting uses each column's raw
// value (SortRole), never its display text. The pages of part 2 all build on it.
class CollectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ItemRole };

    struct Column
    {
        enum class Kind { Text, Number, Bytes /* a size: "1.5 MB", sorted by value */, Time, YesNo };
        using Data = std::function<QVariant(const QJsonObject& item, int role)>;

        Column(const QString& jsonKey, const QString& header, Kind valueKind = Kind::Text, Data cellData = {})
            : key(jsonKey)
            , title(header)
            , kind(valueKind)
            , data(std::move(cellData))
        { }

        // The column of a row's field (entityfields.cpp): its JSON key, its kind from the
        // field's type, and its label as the header unless the page names it otherwise.
        template <class Row>
        static Column of(const char* member, const QString& header = {}, Data cellData = {})
        {
            return fromField(fieldsOf<Row>()[member], header, std::move(cellData));
        }
        static Column fromField(const FieldSpec& field, const QString& header, Data cellData);

        QString key;   // the JSON member shown
        QString title; // the header
        Kind kind;
        // Optional: any role of a cell (icon, colour, tooltip, custom text); an invalid
        // QVariant falls back to the default for that role.
        Data data;
    };

    explicit CollectionModel(const QVector<Column>& columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows (a fresh load); keeps nothing of the old ones.
    void setItems(const QVector<QJsonObject>& items);
    const QVector<QJsonObject>& items() const { return m_items; }
    QJsonObject item(int row) const { return m_items.value(row); }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Column& column(int index) const { return m_columns.at(index); }

    // A row's integer member ("id", "revision", "regionId"); 0 when absent or null.
    static qint64 idOf(const QJsonObject& item, const char* key = "id");
    // How a time from the API ("2026-12-01T15:25:14.123Z") is shown: local time, to the second.
    static QString formatTime(const QString& iso);

private:
    QVector<Column> m_columns;
    QVector<QJsonObject> m_items;
};
