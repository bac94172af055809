#include "templateworkspace.h"

#include "consolesession.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <QUrlQuery>
#include <algorithm>

namespace {
qint64 idOf(const QJsonObject& o, const char* key = "id")
{
    return o.value(QLatin1String(key)).toInteger();
}

// A template as the list shows it: no file texts.
QJsonObject listed(QJsonObject t)
{
    for (const char* file : {"globalFile", "deviceFile"}) {
        QJsonObject f = t.value(QLatin1String(file)).toObject();
        f.insert(QStringLiteral("size"), f.value(QStringLiteral("data")).toString().toUtf8().size());
        f.remove(QStringLiteral("data"));
        t.insert(QLatin1String(file), f);
    }
    return t;
}

// The template with the waiting edit's fields over it.
QJsonObject withEdit(QJsonObject t, const QJsonObject& mine)
{
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (it.key() != QLatin1String("revision")) {
            t.insert(it.key(), it.value());
        }
    }
    return t;
}

QUrlQuery contextQuery(const QString& key)
{
    const int colon = int(key.indexOf(u':'));
    return {{key.left(colon), key.mid(colon + 1)}};
}
} // namespace

TemplateWorkspace::TemplateWorkspace(ConsoleSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &ConsoleSession::signedIn, this, [this] {
        Q_EMIT pendingChanged(pendingCount());
        sendPending();
        refresh();
    });
    connect(m_session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (state != ConsoleSession::State::SignedIn) {
            // Answers to what was being sent are dropped with the session: the edits stay.
            m_sending = false;
            m_conflicted.clear();
        }
    });
    connect(m_session, &ConsoleSession::reachableChanged, this, [this](bool reachable) {
        if (reachable) {
            sendPending();
            refresh();
        }
    });
}

TemplateWorkspace::~TemplateWorkspace() = default;

TemplateCache* TemplateWorkspace::cache() const
{
    if (!m_cache) {
        m_cache = std::make_unique<TemplateCache>(m_cachePath);
        if (!m_cache->isOpen()) {
            qWarning("%s", qPrintable(m_cache->error()));
        }
    }
    return m_cache.get();
}

QString TemplateWorkspace::server() const
{
    return m_session->serverKey();
}

bool TemplateWorkspace::isOnline() const
{
    return m_session->isSignedIn() && m_session->isReachable();
}

QJsonObject TemplateWorkspace::identityFor(const QString& serverKey) const
{
    return cache()->identity(serverKey);
}

void TemplateWorkspace::refresh()
{
    if (!isOnline() || m_session->isLocal() || m_session->isOfflineStart()) {
        return; // the embedded server is always there: no copy needed
    }
    const QString key = server();
    cache()->storeIdentity(key, m_session->identity());
    m_session->get(QStringLiteral("templates"), {{QStringLiteral("limit"), QStringLiteral("10000")}}, this,
                   [this, key](const ApiReply& list) {
                       if (!list.ok() || key != server()) {
                           return;
                       }
                       QVector<qint64> ids;
                       auto remaining = std::make_shared<int>(0);
                       const auto oneDone = [this, remaining] {
                           if (--*remaining == 0) {
                               Q_EMIT refreshed();
                           }
                       };
                       for (const QJsonValue& v : list.items()) {
                           const QJsonObject item = v.toObject();
                           const qint64 id = idOf(item);
                           ids.append(id);
                           const QJsonObject kept = cache()->templateById(key, id);
                           if (kept.isEmpty() || idOf(kept, "revision") != idOf(item, "revision")) {
                               ++*remaining;
                               open(id, this, [oneDone](const QJsonObject&, bool, const QString&) { oneDone(); });
                           }
                           ++*remaining;
                           const QString context = QStringLiteral("region:%1").arg(idOf(item, "regionId"));
                           previewContext(id, context, this,
                                          [oneDone](const PreviewContext&, bool, const QString&) { oneDone(); });
                       }
                       cache()->forgetTemplatesExcept(key, ids);
                       if (*remaining == 0) {
                           Q_EMIT refreshed();
                       }
                   });
}

void TemplateWorkspace::applyChanges(const QVector<FeedChange>& changes)
{
    if (!isOnline() || m_session->isLocal() || m_session->isOfflineStart()) {
        return;
    }
    const QString key = server();
    for (const FeedChange& c : changes) {
        if (c.collection != QLatin1String("templates") || c.id <= 0) {
            continue;
        }
        if (c.deleted) {
            cache()->forgetTemplate(key, c.id);
            continue;
        }
        const QJsonObject kept = cache()->templateById(key, c.id);
        if (kept.isEmpty() || idOf(kept, "revision") < c.revision) {
            open(c.id, this, [](const QJsonObject&, bool, const QString&) {}); // keeps what it reads
        }
    }
}

void TemplateWorkspace::remember(const QJsonObject& templ)
{
    if (idOf(templ) > 0 && templ.contains(QStringLiteral("deviceFile")) && !m_session->serverKey().isEmpty()) {
        keep(server(), templ);
    }
}

void TemplateWorkspace::open(qint64 id, QObject* context, Opened done)
{
    const QString key = server();
    const auto fromCopy = [this, key, id, done](const QString& why) {
        QJsonObject t = cache()->templateById(key, id);
        if (t.isEmpty()) {
            done({}, true, why);
            return;
        }
        for (const TemplateCache::Pending& p : cache()->pending(key)) {
            if (p.templateId == id) {
                t = withEdit(t, p.mine);
            }
        }
        done(t, true, QString());
    };
    if (!isOnline()) {
        fromCopy(tr("The server cannot be reached and template %1 is not in the offline copy.").arg(id));
        return;
    }
    m_session->get(QStringLiteral("templates/%1").arg(id), {}, context,
                   [this, key, done, fromCopy](const ApiReply& reply) {
                       if (reply.ok()) {
                           keep(key, reply.json);
                           done(reply.json, false, QString());
                       } else if (reply.status == 0) {
                           fromCopy(reply.error);
                       } else {
                           done({}, false, reply.error);
                       }
                   });
}

QVector<QJsonObject> TemplateWorkspace::offlineList(qint64 region, const QString& model) const
{
    const QString key = server();
    QHash<qint64, QJsonObject> edits;
    for (const TemplateCache::Pending& p : cache()->pending(key)) {
        edits.insert(p.templateId, p.mine);
    }
    QVector<QJsonObject> out;
    for (QJsonObject t : cache()->templates(key)) {
        if (edits.contains(idOf(t))) {
            t = withEdit(t, edits.value(idOf(t)));
        }
        // As the server filters: one region's (0: the system-wide ones), or all.
        if (region >= 0 && idOf(t, "regionId") != region) {
            continue;
        }
        if (!model.isEmpty() && t.value(QStringLiteral("model")).toString().compare(model, Qt::CaseInsensitive) != 0) {
            continue;
        }
        out.append(listed(t));
    }
    return out;
}

void TemplateWorkspace::save(const QJsonObject& base, const QJsonObject& body, QObject* context, SaveDone done)
{
    const QString key = server();
    const qint64 id = idOf(base);
    const auto queue = [this, key, id, base, body, done](Saved outcome) {
        TemplateCache::Pending edit;
        edit.server = key;
        edit.templateId = id;
        edit.baseRevision = idOf(base, "revision");
        edit.base = base;
        edit.mine = body;
        if (cache()->addPending(edit) == 0) {
            done(Saved::Failed, {}, tr("The edit could not be kept in the offline copy: %1").arg(cache()->error()));
            return;
        }
        Q_EMIT pendingChanged(pendingCount());
        done(outcome, withEdit(base, body), QString());
        if (outcome == Saved::Conflict) {
            sendPending(); // finds the conflict and offers the three-way comparison
        }
    };
    if (!isOnline()) {
        queue(Saved::Queued);
        return;
    }
    m_session->sendJson("PUT", QStringLiteral("templates/%1").arg(id), body, context,
                        [this, key, done, queue](const ApiReply& reply) {
                            if (reply.ok()) {
                                keep(key, reply.json);
                                done(Saved::Sent, reply.json, QString());
                            } else if (reply.status == 0) {
                                queue(Saved::Queued);
                            } else if (reply.status == 409) {
                                queue(Saved::Conflict);
                            } else {
                                done(Saved::Failed, {}, reply.error);
                            }
                        });
}

void TemplateWorkspace::previewContext(qint64 templateId, const QString& key, QObject* context, ContextDone done)
{
    const QString serverKey = server();
    const auto fromCopy = [this, serverKey, templateId, key, done](const QString& why) {
        PreviewContext c;
        QString error;
        const QJsonObject kept = cache()->context(serverKey, templateId, key);
        if (kept.isEmpty() || !PreviewContext::fromJson(kept, &c, &error)) {
            done({}, true, why);
            return;
        }
        done(c, true, QString());
    };
    if (!isOnline() || templateId <= 0) {
        fromCopy(tr("The server cannot be reached, and no preview of this phone was kept while it could be."));
        return;
    }
    m_session->get(QStringLiteral("templates/%1/preview").arg(templateId), contextQuery(key), context,
                   [this, serverKey, templateId, key, done, fromCopy](const ApiReply& reply) {
                       if (reply.status == 0) {
                           fromCopy(reply.error);
                           return;
                       }
                       PreviewContext c;
                       QString error = reply.error;
                       if (!reply.ok() || !PreviewContext::fromJson(reply.json, &c, &error)) {
                           done({}, false, error);
                           return;
                       }
                       if (!m_session->isLocal()) {
                           cache()->storeContext(serverKey, templateId, key, reply.json);
                       }
                       done(c, false, QString());
                   });
}

int TemplateWorkspace::pendingCount() const
{
    return m_session->serverKey().isEmpty() ? 0 : cache()->pendingCount(server());
}

QVector<TemplateCache::Pending> TemplateWorkspace::pending() const
{
    return cache()->pending(server());
}

void TemplateWorkspace::sendPending()
{
    if (m_sending || !isOnline() || m_session->isOfflineStart()) { // offline start: no token until signed in
        return;
    }
    QVector<TemplateCache::Pending> queue = pending();
    queue.erase(std::remove_if(queue.begin(), queue.end(),
                               [this](const TemplateCache::Pending& p) { return m_conflicted.contains(p.id); }),
                queue.end());
    if (queue.isEmpty()) {
        return;
    }
    m_sending = true;
    sendNext(queue);
}

void TemplateWorkspace::sendNext(QVector<TemplateCache::Pending> queue)
{
    if (queue.isEmpty() || !isOnline()) {
        m_sending = false;
        return;
    }
    const TemplateCache::Pending edit = queue.takeFirst();
    QJsonObject body = edit.mine;
    const bool added = edit.baseRevision == 0; // settled as "add mine as a new template"
    if (added) {
        body.remove(QStringLiteral("id"));
        body.remove(QStringLiteral("revision"));
    } else {
        body.insert(QStringLiteral("revision"), edit.baseRevision);
    }
    const QString name = body.value(QStringLiteral("name")).toString();
    m_session->sendJson(added ? QByteArray("POST") : QByteArray("PUT"),
                        added ? QStringLiteral("templates") : QStringLiteral("templates/%1").arg(edit.templateId), body,
                        this, [this, edit, queue, name](const ApiReply& reply) {
                            if (reply.ok()) {
                                settled(edit, reply.json,
                                        tr("Template %1: the edit made offline was saved on the server.").arg(name));
                            } else if (reply.status == 409 || reply.status == 404) {
                                // Changed (or deleted) on the server meanwhile: the administrator decides.
                                m_session->get(QStringLiteral("templates/%1").arg(edit.templateId), {}, this,
                                               [this, edit](const ApiReply& theirs) {
                                                   if (theirs.ok() || theirs.status == 404) {
                                                       m_conflicted.insert(edit.id);
                                                       Q_EMIT conflict(edit, theirs.ok() ? theirs.json : QJsonObject());
                                                   }
                                               });
                            } else if (reply.status == 0) {
                                m_sending = false; // gone again: the rest waits for the next answer
                                return;
                            } else {
                                Q_EMIT pendingRefused(edit, reply.error);
                            }
                            sendNext(queue);
                        });
}

void TemplateWorkspace::keep(const QString& serverKey, const QJsonObject& templ)
{
    if (!m_session->isLocal()) { // the console's own server needs no copy
        cache()->storeTemplate(serverKey, templ);
    }
}

void TemplateWorkspace::settled(const TemplateCache::Pending& edit, const QJsonObject& stored, const QString& message)
{
    m_conflicted.remove(edit.id);
    cache()->removePending(edit.id);
    if (!stored.isEmpty()) {
        keep(server(), stored);
    }
    Q_EMIT pendingChanged(pendingCount());
    Q_EMIT pendingSettled(message);
}

void TemplateWorkspace::resolve(const TemplateCache::Pending& edit, const QJsonObject& theirs, const QJsonObject& body)
{
    if (body.isEmpty()) {
        settled(edit, theirs,
                tr("Template %1: the server's version was kept, the offline edit dropped.")
                    .arg(theirs.value(QStringLiteral("name")).toString()));
        return;
    }
    // The settled text waits like any edit, now based on theirs, and goes at once if it can.
    TemplateCache::Pending next = edit;
    next.base = theirs;
    next.baseRevision = theirs.isEmpty() ? 0 : idOf(theirs, "revision");
    next.mine = body;
    m_conflicted.remove(edit.id);
    cache()->removePending(edit.id);
    cache()->addPending(next);
    Q_EMIT pendingChanged(pendingCount());
    sendPending();
}

void TemplateWorkspace::discard(const TemplateCache::Pending& edit)
{
    m_conflicted.remove(edit.id);
    cache()->removePending(edit.id);
    Q_EMIT pendingChanged(pendingCount());
}
