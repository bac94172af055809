#pragma once

#include "device.h"
#include "storeerror.h"

#include <QVector>

class Database;
class QSqlQuery;

// What serving a phone's own file needs to know of the phone, and what the fetch proves
// (docs/server.md, "Who can get what"): read in bulk by the serving threads' caches, written
// when a phone gets its file.
class PhoneTrust
{
public:
    struct Row
    {
        qint64 id = 0;
        QString mac;
        qint64 regionId = 0;
        QString model;
        ApprovalState approval = ApprovalState::Pending;
        QString user; // the file credentials
        QString secret;
        QString proofAddress;           // the address that last got the phone's own file
        bool ownFetched = false;        // it has fetched with its own credentials: first contact is over
        qint64 firstContactUntilMs = 0; // an administrator opened first contact again until then
        qint64 firstContactAtMs = 0;    // the last first-contact serve
    };
    // How a phone got its file.
    enum class Served { OwnCredentials, FirstContact };

    // How long after getting its file the phone's address may (re)pin its keep-alive value: a
    // phone reports before and after it applies the file (the value changes with the
    // credentials), so the first report seen is not always the one that stays.
    static constexpr qint64 proofWindowMs = 10 * 60 * 1000;

    explicit PhoneTrust(Database& db);

    // Every device, in id order, at most limit (limit + 1 rows tell that there are more).
    StoreResult<QVector<Row>> all(int limit) const;
    StoreResult<Row> byMac(const QString& mac) const; // NotFound when there is none
    // The devices written since that revision.
    StoreResult<QVector<Row>> changedSince(qint64 revision) const;
    // The phone got its own file from peer with its own credentials: the proof opens for that
    // address for proofWindowMs (its keep-alives may pin their emsUserPassword), commands are
    // pushed there, and first contact is over. One write transaction.
    StoreError recordServed(qint64 deviceId, const QString& peer, qint64 nowMs);
    // Takes first contact for peer, if the phone still may have it (it never fetched with its
    // own credentials, an administrator's allowance runs, or repeatMs > 0 has passed since the
    // last first contact): then the same as recordServed, but first contact stays open until
    // the phone uses its credentials and an administrator's allowance is used up. Checked and
    // written in one statement, so that no other thread or node serves an allowance twice.
    StoreResult<bool> claimFirstContact(qint64 deviceId, const QString& peer, qint64 nowMs, qint64 repeatMs);

    // The phone is another one (its MAC changed): nothing the old one proved holds. Inside the
    // caller's transaction.
    StoreError forget(qint64 deviceId);

private:
    static Row read(const QSqlQuery& q);
    StoreResult<QVector<Row>> select(const QString& where, const QVariantList& binds) const;

    Database& m_db;
};
