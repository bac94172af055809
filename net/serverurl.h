#pragma once

#include <QString>
#include <QUrl>

// The address of a phonefleetd as an administrator types it ("pf.example.net",
// "https://pf.example.net:8443/"), normalised, and the admin API URLs under it.
class ServerUrl
{
public:
    // No scheme means https; http is accepted only for loopback addresses, where no one can
    // listen in. On failure returns an invalid ServerUrl and says why in *error.
    static ServerUrl parse(const QString& text, QString* error);

    bool isValid() const { return m_base.isValid(); }
    QUrl base() const { return m_base; }
    // apiUrl("devices") -> https://host:port/api/v1/devices
    QUrl apiUrl(const QString& path) const;
    QString toString() const { return m_base.toString(); }

private:
    QUrl m_base;
};
