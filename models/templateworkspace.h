#pragma once

#include "changefeed.h"
#include "filepreview.h"
#include "templatecache.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class ConsoleSession;

// Templates as the console works on them, with the server or without it. While the server
// answers, every template read is kept in the offline copy (TemplateCache), and refresh()
// fills it whole after signing in. While it does not, templates open from that copy, and a
// saved edit goes to the outbox instead of failing. When the server answers again the outbox
// is sent, each edit with the revision it was based on; one the server changed meanwhile
// comes back as conflict() for the administrator to settle (keep mine, keep theirs, or a
// merge), through resolve(). Nothing is dropped without the administrator choosing it.
class TemplateWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit TemplateWorkspace(ConsoleSession* session, QObject* parent = nullptr);
    ~TemplateWorkspace() override;

    // Where the offline copy lives (default TemplateCache::defaultPath()); before first use.
    void setCachePath(const QString& path) { m_cachePath = path; }
    bool isOnline() const;

    // Fills the offline copy: every template whole and each one's own region's preview context.
    void refresh();
    // Keeps the copy in step with the server's change feed: a template added or changed (here or
    // by anyone) is fetched whole and kept at once, one removed is forgotten. Without this a
    // template created online was missing from the copy until the next sign-in.
    void applyChanges(const QVector<FeedChange>& changes);
    // A template this console just added or changed, as the server answered (files included).
    void remember(const QJsonObject& templ);
    // Who was last signed in to that server (ConsoleSession::serverKey()), for openOffline();
    // empty when the copy has nothing of it.
    QJsonObject identityFor(const QString& serverKey) const;

    // The template whole: from the server, or (offline) from the copy with any edit that waits
    // in the outbox applied. offline says which; error is set when neither has it.
    using Opened = std::function<void(const QJsonObject& templ, bool offline, const QString& error)>;
    void open(qint64 id, QObject* context, Opened done);
    // The copy's templates as the list shows them (no file texts), filtered like the server's
    // list (region -1: any; model empty: any), waiting edits applied.
    QVector<QJsonObject> offlineList(qint64 region, const QString& model) const;

    // Saves an edit of an existing template (base: it as it was opened; body: what to send, its
    // revision included). Offline, or when the request finds no server, it waits in the outbox.
    // One the server changed meanwhile (409) waits too and comes back at once as conflict().
    enum class Saved { Sent, Queued, Conflict, Failed };
    using SaveDone = std::function<void(Saved outcome, const QJsonObject& result, const QString& error)>;
    void save(const QJsonObject& base, const QJsonObject& body, QObject* context, SaveDone done);

    // What the preview renders with, for "device:<MAC>" or "region:<id>": from the server (and
    // kept), else the copy's.
    using ContextDone = std::function<void(const PreviewContext& c, bool fromCopy, const QString& error)>;
    void previewContext(qint64 templateId, const QString& key, QObject* context, ContextDone done);

    int pendingCount() const;
    QVector<TemplateCache::Pending> pending() const;
    // Sends what waits in the outbox (by itself when the server answers again).
    void sendPending();
    // Settles a conflict. theirs: the server's template now (empty: deleted there); body: what to
    // save over it (mine, or a merge), or empty to keep theirs and drop the edit. With theirs
    // deleted, body is added as a new template. A resolution that finds no server waits too.
    void resolve(const TemplateCache::Pending& edit, const QJsonObject& theirs, const QJsonObject& body);
    // Drops a waiting edit (the administrator chose to).
    void discard(const TemplateCache::Pending& edit);
    // Leaves a conflict for later: the edit waits, and is offered again when next sent.
    void postpone(const TemplateCache::Pending& edit) { m_conflicted.remove(edit.id); }

Q_SIGNALS:
    void pendingChanged(int count);
    void conflict(const TemplateCache::Pending& edit, const QJsonObject& theirs);
    // An edit from the outbox reached the server (or was settled); message says which.
    void pendingSettled(const QString& message);
    // The server refused a waiting edit for another reason (rights, a bad value): it stays.
    void pendingRefused(const TemplateCache::Pending& edit, const QString& error);
    void refreshed();

private:
    TemplateCache* cache() const;
    QString server() const;
    void sendNext(QVector<TemplateCache::Pending> queue);
    void keep(const QString& serverKey, const QJsonObject& templ);
    void settled(const TemplateCache::Pending& edit, const QJsonObject& stored, const QString& message);

    ConsoleSession* m_session;
    QString m_cachePath;
    mutable std::unique_ptr<TemplateCache> m_cache;
    bool m_sending = false;
    QSet<qint64> m_conflicted; // edits waiting for the administrator's choice
};
