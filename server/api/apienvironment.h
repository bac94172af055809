#pragma once

#include "apirouter.h"
#include "apiwrite.h"
#include "store.h"

#include <memory>

class LoginGuard;

// T, where a template parameter must not be deduced from an argument (a lambda for a
// std::function).
template <class T>
struct NotDeduced
{
    using type = T;
};
class Store;
struct ServerState;

// What the parts of the admin API work with: the serving thread's state (its connection for
// reads, the writer, the settings) and the node's login guard.
struct ApiEnvironment
{
    ServerState& state;
    LoginGuard& logins;
};

// One part of the admin API (a collection and its actions). Constructed with a null environment
// it can still list its routes (phonefleetd --print-api-routes); handlers run only with one.
class ApiModule
{
public:
    explicit ApiModule(ApiEnvironment* env)
        : m_env(env)
    { }
    virtual ~ApiModule() = default;
    ApiModule(const ApiModule&) = delete;
    ApiModule& operator=(const ApiModule&) = delete;

    virtual void addRoutes(ApiRouter& router) = 0;

protected:
    Store& store() const;
    ServerState& state() const { return m_env->state; }
    ApiEnvironment& env() const { return *m_env; }
    void write(const ApiRequestPtr& request, const AuditNote& note, ApiWrite::Job job, ApiWrite::Done done) const;

    // The row, or false after answering the error (404 for a missing row).
    template <class T>
    static bool loaded(const ApiRequestPtr& request, const StoreResult<T>& result)
    {
        if (!result) {
            request->failStore(result.error());
            return false;
        }
        return true;
    }

    template <class T>
    using RepositoryOf = Repository<T>& (Store::*)();

    // The row the path's id names, read on this thread; false after answering 404 (also for rows
    // the administrator may not see: visible() decides) or the store's error.
    template <class T, class Visible>
    bool fetch(const ApiRequestPtr& r, RepositoryOf<T> repository, const char* what, Visible visible, T* out) const
    {
        qint64 id = 0;
        if (!r->id(0, what, &id)) {
            return false;
        }
        StoreResult<T> row = (store().*repository)().get(id);
        if (!row && row.error().code == StoreError::Code::NotFound) {
            r->fail(404, QStringLiteral("no %1 %2").arg(QLatin1String(what)).arg(id));
            return false;
        }
        if (!loaded(r, row)) {
            return false;
        }
        if (!visible(row.value())) {
            r->fail(404, QStringLiteral("no %1 %2").arg(QLatin1String(what)).arg(id));
            return false;
        }
        *out = row.take();
        return true;
    }

    // Adds, replaces (the row carries the revision the client read) or deletes one row on the
    // writer with its log entry, then answers 201 / 200 with the stored row (or {}). extra runs
    // in the same transaction after the row is written.
    template <class T, class ToJson>
    void insertRow(const ApiRequestPtr& r, RepositoryOf<T> repository, const T& row, const AuditNote& note,
                   ToJson toJson,
                   std::function<StoreError(Store&, const typename NotDeduced<T>::type&)> extra = {}) const
    {
        saveRow(r, repository, row, note, toJson, extra, true);
    }
    template <class T, class ToJson>
    void updateRow(const ApiRequestPtr& r, RepositoryOf<T> repository, const T& row, const AuditNote& note,
                   ToJson toJson,
                   std::function<StoreError(Store&, const typename NotDeduced<T>::type&)> extra = {}) const
    {
        saveRow(r, repository, row, note, toJson, extra, false);
    }
    template <class T>
    void removeRow(const ApiRequestPtr& r, RepositoryOf<T> repository, qint64 id, qint64 revision,
                   const AuditNote& note, std::function<StoreError(Store&)> before = {}) const
    {
        write(
            r, note,
            [repository, id, revision, before](Store& s, AuditNote*) -> StoreError {
                if (before) {
                    if (StoreError e = before(s); e.isError()) {
                        return e;
                    }
                }
                return (s.*repository)().remove(id, revision).error();
            },
            [r] { r->replyEmpty(); });
    }

private:
    template <class T, class ToJson>
    void saveRow(const ApiRequestPtr& r, RepositoryOf<T> repository, const T& row, const AuditNote& note, ToJson toJson,
                 std::function<StoreError(Store&, const typename NotDeduced<T>::type&)> extra, bool isNew) const
    {
        auto stored = std::make_shared<T>();
        write(
            r, note,
            [repository, row, stored, extra, isNew](Store& s, AuditNote* n) -> StoreError {
                StoreResult<T> saved = isNew ? (s.*repository)().insert(row) : (s.*repository)().update(row);
                if (!saved) {
                    return saved.error();
                }
                *stored = saved.value();
                if (n->target.isEmpty()) {
                    n->target = QString::number(stored->id);
                }
                return extra ? extra(s, *stored) : StoreError {};
            },
            [r, stored, toJson, isNew] { r->reply(isNew ? 201 : 200, toJson(*stored)); });
    }

    ApiEnvironment* m_env;
};
