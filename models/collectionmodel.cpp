#include "collectionmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

CollectionModel::Column CollectionModel::Column::fromField(const FieldSpec& field, const QString& header, Data cellData)
{
    Kind kind = Kind::Text;
    switch (field.type) {
    case FieldType::Integer:
        kind = field.has(FieldFlag::Bytes) ? Kind::Bytes : Kind::Number;
        break;
    case FieldType::Time:
        kind = Kind::Time;
        break;
    case FieldType::Flag:
        kind = Kind::YesNo;
        break;
    default:
        break;
    }
    const QString title = header.isEmpty() ? QCoreApplication::translate("Field", field.label) : header;
    return Column(QLatin1String(field.json), title, kind, std::move(cellData));
}

CollectionModel::CollectionModel(const QVector<Column>& columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

int CollectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CollectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString CollectionModel::formatTime(const QString& iso)
{
    if (iso.isEmpty()) {
        return {};
    }
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}

QVariant CollectionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= m_columns.size()) {
        return {};
    }
    const QJsonObject& item = m_items.at(index.row());
    const Column& c = m_columns.at(index.column());
    if (role == IdRole) {
        return item.value(QStringLiteral("id")).toInteger();
    }
    if (role == ItemRole) {
        return item;
    }
    if (c.data) {
        const QVariant custom = c.data(item, role);
        if (custom.isValid()) {
            return custom;
        }
    }
    const QJsonValue value = item.value(c.key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (c.kind) {
        case Column::Kind::Text:
            return value.toString();
        case Column::Kind::Number:
            return value.isNull() || value.isUndefined() ? QVariant() : QVariant(value.toInteger());
        case Column::Kind::Bytes:
            return value.isNull() || value.isUndefined() ? QVariant()
                                                         : QVariant(QLocale().formattedDataSize(value.toInteger()));
        case Column::Kind::Time:
            return formatTime(value.toString());
        case Column::Kind::YesNo:
            return value.toBool() ? tr("Yes") : tr("No");
        }
        return {};
    case SortRole:
        switch (c.kind) {
        case Column::Kind::Number:
        case Column::Kind::Bytes:
            return value.toInteger();
        case Column::Kind::YesNo:
            return value.toBool() ? 1 : 0;
        case Column::Kind::Text:
        case Column::Kind::Time: // ISO 8601 in UTC sorts as text
            return value.toString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return c.kind == Column::Kind::Number || c.kind == Column::Kind::Bytes
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
}

QVariant CollectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size()) {
        return m_columns.at(section).title;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CollectionModel::setItems(const QVector<QJsonObject>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

qint64 CollectionModel::idOf(const QJsonObject& item, const char* key)
{
    return item.value(QLatin1String(key)).toInteger();
}

qint64 CollectionModel::idAt(int row) const
{
    return idOf(m_items.value(row));
}

int CollectionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (idAt(i) == id) {
            return i;
        }
    }
    return -1;
}
