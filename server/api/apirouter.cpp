#include "apirouter.h"

void ApiRouter::add(const char* method, const char* pattern, ApiNeed need, Handler handler)
{
    Route r;
    r.method = method;
    r.pattern = QLatin1String(pattern);
    r.need = need;
    r.handler = std::move(handler);
    r.segments = r.pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes.append(std::move(r));
}

ApiRouter::Match ApiRouter::match(const QByteArray& method, const QString& path, const Route** route,
                                  QStringList* params, QByteArrayList* allowed) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    // HEAD is answered as GET would be, without the body.
    const QByteArray wanted = method == "HEAD" ? QByteArray("GET") : method;
    for (const Route& r : m_routes) {
        if (r.segments.size() != segments.size()) {
            continue;
        }
        QStringList found;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString& s = r.segments.at(i);
            if (s.startsWith(u'{')) {
                found.append(segments.at(i));
            } else {
                same = s == segments.at(i);
            }
        }
        if (!same) {
            continue;
        }
        pathKnown = true;
        if (!allowed->contains(r.method)) {
            allowed->append(r.method);
        }
        if (r.method == wanted) {
            *route = &r;
            *params = found;
            return Match::Found;
        }
    }
    return pathKnown ? Match::WrongMethod : Match::NotFound;
}

QStringList ApiRouter::routes() const
{
    QStringList out;
    for (const Route& r : m_routes) {
        out.append(QString::fromLatin1(r.method) + u' ' + r.pattern);
    }
    return out;
}
