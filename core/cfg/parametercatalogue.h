#pragma once

#include "cfgparameter.h"

#include <QHash>
#include <QRegularExpression>
#include <QVector>

// The parameters phones understand, from resources/parameters.json. Looking a key up is a hash
// look-up after its numeric segments become "N"; '*' patterns are tried after that.
class ParameterCatalogue
{
public:
    // The catalogue built into PhoneFleet.
    static const ParameterCatalogue& builtin();

    // Reads the JSON form; on failure returns false and says why in *error.
    bool loadJson(const QByteArray& json, QString* error);

    const CfgParameter* find(const QString& key) const;
    // The closest known key to an unknown one, for "did you mean"; empty when nothing is close.
    QString suggest(const QString& key) const;

    int size() const { return m_parameters.size(); }
    const QVector<CfgParameter>& parameters() const { return m_parameters; }

    // "voip/line/0/id" -> "voip/line/N/id"
    static QString patternOf(const QString& key);

private:
    QVector<CfgParameter> m_parameters;
    QHash<QString, int> m_byPattern;
    QVector<QPair<QRegularExpression, int>> m_globs;
};
