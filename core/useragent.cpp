#include "useragent.h"

#include "phonemodels.h"

#include <QRegularExpression>

UserAgent UserAgent::parse(const QString& text)
{
    UserAgent ua;
    static const QRegularExpression withMac(
        QStringLiteral(R"(^AUDC-IPPhone/([0-9A-Za-z._-]+)\s*\(\s*([0-9A-Za-z]+)\s*;\s*([0-9A-Fa-f:.-]+)\s*\))"));
    static const QRegularExpression withModel(
        QStringLiteral(R"(^AUDC-IPPhone-([0-9A-Za-z]+)_(?:[A-Za-z]+_)?([0-9][0-9A-Za-z.]*)(?:/|$))"));

    const QString trimmed = text.trimmed();
    QRegularExpressionMatch m = withMac.match(trimmed);
    if (m.hasMatch()) {
        ua.isPhone = true;
        ua.firmwareVersion = m.captured(1);
        ua.model = PhoneModels::normalise(m.captured(2));
        ua.mac = MacAddress::fromString(m.captured(3));
        return ua;
    }
    m = withModel.match(trimmed);
    if (m.hasMatch()) {
        ua.isPhone = true;
        const PhoneModels::ModelName name = PhoneModels::parse(trimmed);
        ua.model = name.model;
        ua.teams = name.teams;
        ua.firmwareVersion = m.captured(2);
    }
    return ua;
}
