#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The console's offline copy, in a SQLite file of its own: per server, every template the
// administrator can read (whole, with both files), the preview contexts fetched for them, the
// outbox of template edits saved while the server
// could not be reached, each with the revision and text it was based on, and who was signed in
// (to start offline). (The parameter
// catalogue ships inside the console, so it needs no copy.) Every change is one transaction.
class TemplateCache
{
public:
    // A template edit waiting to be sent.
    struct Pending
    {
        qint64 id = 0;
        QString server;
        qint64 templateId = 0;
        qint64 baseRevision = 0;
        QJsonObject base; // the template as it was read, before the edit
        QJsonObject mine; // the body to send (name, model, files, ...)
        QDateTime savedAt;
    };

    // path: the database file (created with its folder); empty: defaultPath().
    explicit TemplateCache(const QString& path = QString());
    ~TemplateCache();
    TemplateCache(const TemplateCache&) = delete;
    TemplateCache& operator=(const TemplateCache&) = delete;

    static QString defaultPath();
    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Templates, whole; forgetTemplatesExcept() drops those no longer on the server.
    bool storeTemplate(const QString& server, const QJsonObject& full);
    bool forgetTemplatesExcept(const QString& server, const QVector<qint64>& ids);
    bool forgetTemplate(const QString& server, qint64 id);
    QVector<QJsonObject> templates(const QString& server) const;
    QJsonObject templateById(const QString& server, qint64 id) const;

    // Preview contexts, by template and "device:<MAC>" or "region:<id>".
    bool storeContext(const QString& server, qint64 templateId, const QString& key, const QJsonObject& context);
    QJsonObject context(const QString& server, qint64 templateId, const QString& key) const;

    // Who was signed in there and the regions they saw (ConsoleSession::identity()).
    bool storeIdentity(const QString& server, const QJsonObject& identity);
    QJsonObject identity(const QString& server) const;

    // The outbox. add() replaces an edit of the same template that is still waiting, keeping
    // the first one's base (the text the administrator started from).
    qint64 addPending(const Pending& edit);
    bool removePending(qint64 id);
    QVector<Pending> pending(const QString& server) const;
    int pendingCount(const QString& server) const;

private:
    bool exec(const QString& sql, const QVariantList& values) const;
    // The JSON in the first row's first column, or an empty object.
    QJsonObject firstJson(const QString& sql, const QVariantList& values) const;

    QString m_connection;
    QString m_error;
};
