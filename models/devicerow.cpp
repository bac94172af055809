#include "devicerow.h"

#include "apijson.h"
#include "devicestatustext.h"

bool DeviceRow::fromJson(const QJsonObject& object, DeviceRow* row)
{
    if (!ApiJson::read(object, &row->device) || row->device.id <= 0) {
        return false;
    }
    row->userName = object.value(QStringLiteral("userName")).toString();
    row->regionName = object.value(QStringLiteral("regionName")).toString();
    row->prepare();
    return true;
}

bool DeviceRow::read(JsonCursor& cursor, DeviceRow* row)
{
    if (!cursor.atObject()) {
        cursor.skipValue();
        return false;
    }
    cursor.beginObject();
    QByteArrayView key;
    JsonScalar value;
    while (cursor.nextMember(&key)) {
        if (!cursor.readScalar(&value)) {
            if (!cursor.skipValue()) {
                return false;
            }
            continue;
        }
        const QLatin1String name(key.data(), key.size());
        if (name == QLatin1String("userName")) {
            row->userName = value.toString();
        } else if (name == QLatin1String("regionName")) {
            row->regionName = value.toString();
        } else {
            ApiJson::readDeviceField(name, value, &row->device);
        }
    }
    if (cursor.failed() || row->device.mac.isNull() || row->device.id <= 0) {
        return false;
    }
    row->prepare();
    return true;
}

void DeviceRow::prepare()
{
    const Device& d = device;
    ipKey = 0;
    const QStringList parts = d.ipAddress.split(u'.');
    bool valid = parts.size() == 4;
    for (qsizetype i = 0; valid && i < parts.size(); ++i) {
        const uint byte = parts.at(i).toUInt(&valid);
        valid = valid && byte <= 255;
        ipKey = ipKey * 256 + byte;
    }
    // Bit 32 set: an address; phones without one (or with an IPv6 one) sort first.
    ipKey = valid ? (ipKey | (Q_UINT64_C(1) << 32)) : 0;
    bool hex = false;
    macKey = d.mac.toString().toULongLong(&hex, 16);
    if (!hex) {
        macKey = 0;
    }
    // Fields apart (a unit separator), so that a word never matches across two of them.
    const QChar sep(0x1F);
    const QString status = DeviceStatusText::status(d);
    const QString approval = DeviceStatusText::approval(d.approval);
    const QString mac = d.mac.toString();
    const QString colonMac = d.mac.toColonString();
    const QString* const fields[] = {&userName,   &d.reportedUser, &d.displayName, &d.phoneNumber,     &mac,
                                     &colonMac,   &d.ipAddress,    &d.model,       &d.firmwareVersion, &d.location,
                                     &regionName, &status,         &approval};
    qsizetype length = 0;
    for (const QString* f : fields) {
        length += f->size() + 1;
    }
    search.clear();
    search.reserve(length); // one allocation for 100 000 rows' worth of concatenation
    for (const QString* f : fields) {
        search.append(*f);
        search.append(sep);
    }
    search = std::move(search).toLower();
}

bool DeviceRow::matchesSearch(const QVector<QStringMatcher>& needleWords) const
{
    for (const QStringMatcher& word : needleWords) {
        if (word.indexIn(search) < 0) {
            return false;
        }
    }
    return true;
}

bool DeviceRow::matchesSearch(const QStringList& needleWords) const
{
    return matchesSearch(searchMatchers(needleWords));
}

QVector<QStringMatcher> DeviceRow::searchMatchers(const QStringList& needleWords)
{
    QVector<QStringMatcher> out;
    out.reserve(needleWords.size());
    for (const QString& w : needleWords) {
        out.append(QStringMatcher(w, Qt::CaseSensitive)); // both sides are lower case
    }
    return out;
}

QVector<DeviceRow> DeviceRow::fromItems(const QJsonArray& items)
{
    QVector<DeviceRow> rows;
    rows.reserve(items.size());
    for (const QJsonValue& v : items) {
        DeviceRow row;
        if (fromJson(v.toObject(), &row)) {
            rows.append(std::move(row));
        }
    }
    return rows;
}
