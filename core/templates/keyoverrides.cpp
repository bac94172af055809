#include "keyoverrides.h"

#include "cfgdocument.h"
#include "cfgvalue.h"

namespace {
enum class Marker { Region, Device };

int findMarker(const CfgDocument& doc, Marker marker)
{
    for (int i = 0; i < doc.lineCount(); ++i) {
        if (doc.line(i).kind != CfgLine::Kind::KeyValue) {
            continue;
        }
        const QString key = doc.key(i).toLower();
        if (!key.startsWith(QLatin1String("zzz"))) {
            continue;
        }
        const bool isRegion = key.contains(QLatin1String("region"));
        const bool isDevice = key.contains(QLatin1String("user")) || key.contains(QLatin1String("device"));
        if ((marker == Marker::Region && isRegion) || (marker == Marker::Device && isDevice)) {
            return i;
        }
    }
    return -1;
}

bool validate(const KeyOverride& o, QString* error)
{
    const QString key = o.key.trimmed();
    if (key.isEmpty() || key.contains(u'=') || key.contains(u' ') || key.contains(u'\t')) {
        *error = QStringLiteral("'%1' is not a cfg key").arg(o.key);
        return false;
    }
    for (const QString& text : {o.key, o.value}) {
        if (CfgValue::hasLineBreak(text)) {
            *error = QStringLiteral("the overwrite value of %1 holds a line break").arg(key);
            return false;
        }
    }
    return true;
}

void applyOne(CfgDocument& doc, const KeyOverride& o, Marker marker, int* insertAfter)
{
    const QString key = o.key.trimmed();
    const QByteArray line = key.toUtf8() + '=' + o.value.toUtf8();
    bool replaced = false;
    for (int i = 0; i < doc.lineCount(); ++i) {
        if (doc.line(i).kind == CfgLine::Kind::KeyValue && doc.key(i) == key) {
            doc.setLineText(i, line);
            replaced = true;
        }
    }
    if (replaced) {
        return;
    }
    if (*insertAfter < 0) {
        const int at = findMarker(doc, marker);
        *insertAfter = at < 0 ? doc.lineCount() - 1 : at;
    }
    // Keep a file that ends without a newline from gluing the new line onto its last one.
    doc.insertLine(*insertAfter + 1, line);
    ++*insertAfter;
}
} // namespace

namespace KeyOverrides {
bool apply(QByteArray* cfg, const QVector<KeyOverride>& region, const QVector<KeyOverride>& device, QString* error)
{
    if (region.isEmpty() && device.isEmpty()) {
        return true;
    }
    for (const QVector<KeyOverride>* list : {&region, &device}) {
        for (const KeyOverride& o : *list) {
            if (!validate(o, error)) {
                return false;
            }
        }
    }
    CfgDocument doc = CfgDocument::parse(*cfg);
    int regionAfter = -1;
    for (const KeyOverride& o : region) {
        applyOne(doc, o, Marker::Region, &regionAfter);
    }
    int deviceAfter = -1;
    for (const KeyOverride& o : device) {
        applyOne(doc, o, Marker::Device, &deviceAfter);
    }
    *cfg = doc.toByteArray();
    return true;
}
} // namespace KeyOverrides
