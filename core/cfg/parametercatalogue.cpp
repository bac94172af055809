#include "parametercatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool isDigits(QStringView s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (const QChar c : s) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

// Levenshtein distance, giving up (returning limit + 1) once it must exceed limit.
int boundedDistance(const QString& a, const QString& b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit) {
        return limit + 1;
    }
    QVector<int> previous(b.size() + 1);
    QVector<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            rowBest = qMin(rowBest, current[j]);
        }
        if (rowBest > limit) {
            return limit + 1;
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

const ParameterCatalogue& ParameterCatalogue::builtin()
{
    static const ParameterCatalogue catalogue = [] {
        ParameterCatalogue c;
        QFile file(QStringLiteral(":/phonefleet/parameters.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !c.loadJson(file.readAll(), &error)) {
            qFatal("The built-in parameter catalogue is unreadable: %s", qPrintable(error));
        }
        return c;
    }();
    return catalogue;
}

QString ParameterCatalogue::patternOf(const QString& key)
{
    QString out;
    out.reserve(key.size());
    qsizetype start = 0;
    while (start <= key.size()) {
        qsizetype end = key.indexOf(u'/', start);
        if (end < 0) {
            end = key.size();
        }
        const QStringView segment = QStringView(key).sliced(start, end - start);
        if (start > 0) {
            out.append(u'/');
        }
        if (isDigits(segment)) {
            out.append(u'N');
        } else {
            out.append(segment);
        }
        start = end + 1;
    }
    return out;
}

bool ParameterCatalogue::loadJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonArray items = doc.object().value(QLatin1String("parameters")).toArray();
    if (items.isEmpty()) {
        *error = QStringLiteral("no \"parameters\" array");
        return false;
    }
    QVector<CfgParameter> parameters;
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        CfgParameter p;
        p.key = o.value(QLatin1String("key")).toString();
        if (p.key.isEmpty()) {
            *error = QStringLiteral("parameter %1 has no key").arg(parameters.size() + 1);
            return false;
        }
        const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("string"));
        if (!CfgParameter::typeFromString(type, &p.type)) {
            *error = QStringLiteral("%1: unknown type \"%2\"").arg(p.key, type);
            return false;
        }
        p.minimum = o.value(QLatin1String("min")).toInteger(0);
        p.maximum = o.value(QLatin1String("max")).toInteger(0);
        p.maxLength = o.value(QLatin1String("maxLength")).toInt(0);
        for (const QJsonValue& v : o.value(QLatin1String("values")).toArray()) {
            p.values.append(v.toString());
        }
        if (p.type == CfgParameter::Type::Enum && p.values.isEmpty()) {
            *error = QStringLiteral("%1: an enum needs \"values\"").arg(p.key);
            return false;
        }
        if (p.type == CfgParameter::Type::Integer && p.minimum > p.maximum) {
            *error = QStringLiteral("%1: min is greater than max").arg(p.key);
            return false;
        }
        p.strictEnum = o.value(QLatin1String("strict")).toBool(true);
        p.secret = o.value(QLatin1String("secret")).toBool(false);
        p.defaultValue = o.value(QLatin1String("default")).toString();
        p.description = o.value(QLatin1String("description")).toString();
        parameters.append(p);
    }

    m_parameters = parameters;
    m_byPattern.clear();
    m_globs.clear();
    for (int i = 0; i < m_parameters.size(); ++i) {
        const QString& key = m_parameters.at(i).key;
        if (key.contains(u'*')) {
            QStringList segments;
            for (const QString& segment : key.split(u'/')) {
                if (segment == QLatin1String("N")) {
                    segments.append(QStringLiteral("[0-9]+"));
                } else {
                    segments.append(
                        QRegularExpression::escape(segment).replace(QLatin1String("\\*"), QLatin1String("[^/]*")));
                }
            }
            const QString re = segments.join(QLatin1String("/"));
            m_globs.append({QRegularExpression(QRegularExpression::anchoredPattern(re)), i});
        } else if (m_byPattern.contains(key)) {
            *error = QStringLiteral("%1 is listed twice").arg(key);
            return false;
        } else {
            m_byPattern.insert(key, i);
        }
    }
    return true;
}

const CfgParameter* ParameterCatalogue::find(const QString& key) const
{
    auto it = m_byPattern.constFind(patternOf(key));
    if (it != m_byPattern.constEnd()) {
        return &m_parameters.at(it.value());
    }
    for (const auto& glob : m_globs) {
        if (glob.first.match(key).hasMatch()) {
            return &m_parameters.at(glob.second);
        }
    }
    return nullptr;
}

QString ParameterCatalogue::suggest(const QString& key) const
{
    const QString pattern = patternOf(key).toLower();
    const int limit = qMax(2, static_cast<int>(pattern.size() / 6));
    int best = limit + 1;
    QString bestKey;
    for (const CfgParameter& p : m_parameters) {
        if (p.key.contains(u'*')) {
            continue;
        }
        const int d = boundedDistance(pattern, p.key.toLower(), qMin(limit, best));
        if (d < best) {
            best = d;
            bestKey = p.key;
        }
    }
    if (bestKey.isEmpty()) {
        return {};
    }
    // Put the caller's indices back into an "N" pattern: "voip/line/N/id" for "voip/lin/0/id".
    const QStringList keySegments = key.split(u'/');
    QStringList out = bestKey.split(u'/');
    if (keySegments.size() == out.size()) {
        for (int i = 0; i < out.size(); ++i) {
            if (out.at(i) == QLatin1String("N") && isDigits(keySegments.at(i))) {
                out[i] = keySegments.at(i);
            }
        }
    }
    return out.join(u'/');
}
