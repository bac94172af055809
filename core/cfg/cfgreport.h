#pragma once

#include "cfgdiagnostic.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// How diagnostics are printed: "FILE:LINE:COL: severity: message [code]" lines, or JSON.
namespace CfgReport {
QString toText(const QString& fileName, const QVector<CfgDiagnostic>& diagnostics);
QJsonObject toJson(const QString& fileName, const QVector<CfgDiagnostic>& diagnostics);
bool hasErrors(const QVector<CfgDiagnostic>& diagnostics);
} // namespace CfgReport
