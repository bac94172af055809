#pragma once

#include "phonecommand.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// How a bulk action goes through its phones, by what it does to them:
// - commands that restart nothing (a message, check status, update configuration) go to
//   commandConcurrency phones at once with no pause between phones (the vendor's server paced
//   them 2 s apart because it could not serve more; PhoneFleet serves files far faster than
//   phones fetch them), unless the server's install_delay_seconds or the job asks for a pause;
// - restarts (reset, update firmware) go in batches of restartBatch phones, restartPauseMs
//   apart: a phone is back and registered within about a minute, so no more than one batch is
//   ever without a phone at once (10 000 phones: 100 batches, about 100 minutes); and, if the
//   job asks, no more than maxRegionPercent % of any region's phones in one batch (RegionQuota);
// - changes on the server only (approve, change region's row, generate) go one after another.
struct ActionPacing
{
    static constexpr int standardDelayMs = 0; // no pause between two phones unless one is asked for
    static constexpr int commandConcurrency = 64;
    static constexpr int restartBatch = 100;
    static constexpr int restartPauseMs = 60000;
    // A firmware update downloads, flashes and reboots: minutes, not one. Smaller batches, five
    // minutes apart, so that few phones are without service (and few images download) at once.
    static constexpr int firmwareBatch = 25;
    static constexpr int firmwarePauseMs = 300000;

    int delayMs = standardDelayMs;     // between two phones (actions that do not restart phones)
    int batchSize = restartBatch;      // restarting actions: this many phones at a time
    int batchPauseMs = restartPauseMs; // restarting actions: the pause between two batches
    int concurrency = 10;              // phones being worked on at once
    int maxRegionPercent = 100;        // restarting actions: of each region's phones, per batch (100: no cap)

    QJsonObject toJson() const;
    // About how long a job of this pacing takes for that many phones, in seconds: the pauses
    // as paced, plus the work at the rates bench/bulkactions.sh measured on a 2-core machine
    // (300 phones a second for commands, more for pushes alone: taken as 300 throughout).
    // batchCount: the batches the job needs when known better than by batchSize alone (a
    // region cap: RegionQuota::batchesFor()); 0: from batchSize.
    qint64 estimatedSeconds(int targets, bool batches, qint64 batchCount = 0) const;
};

// A bulk action of the console (Devices Status, Manage Multiple Devices/Users) or phonefleetctl,
// with its options, checked. Phone actions send the phone a command (pushed when the phone can
// be reached, else queued for its next keep-alive); the others change the phone's (or user's)
// row on the server, some then send the phone a command so that it picks the change up.
struct PhoneAction
{
    enum class Kind {
        Reset,          // command; options: mode graceful|force|scheduled, at (scheduled)
        CheckStatus,    // command
        UpdateConfig,   // command; options: regenerate (first generate the phone's file)
        UpdateFirmware, // command; options: firmwareId (a firmware file of the server)
        SendMessage,    // command; options: text, seconds, beep
        ChangeRegion,   // server, then change-region command; options: regionId
        ChangeModel,    // server, then update-config; options: model
        ChangeLanguage, // server, then update-config; options: language
        Approve,        // server; options: regionId, userId (optional)
        Delete,         // server
        ResetPasswords, // server, on users; options: mode random|same, password (same)
        Generate,       // server: generate the phones' files
        // server: the phones (factory reset) may get their file by first contact again, once,
        // within options: minutes (default 60)
        AllowFirstContact,
    };
    enum class PasswordMode { Random, Same };

    Kind kind = Kind::CheckStatus;
    PhoneCommand::ResetMode resetMode = PhoneCommand::ResetMode::Graceful;
    QDateTime resetAt;
    bool regenerate = false;
    qint64 firmwareId = 0;
    QString text;
    int seconds = 10;
    bool beep = true;
    qint64 regionId = 0;
    qint64 userId = 0;
    QString model;
    QString language;
    PasswordMode passwordMode = PasswordMode::Random;
    QString password;
    int minutes = 60; // AllowFirstContact

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
    static QStringList kindNames();

    // Reads {"action": "...", "options": {...}}; false with a reason naming the field.
    static bool fromJson(const QString& action, const QJsonObject& options, PhoneAction* out, QString* error);
    QJsonObject optionsJson() const;

    // Whether the phones get a command (then: which), whether it restarts them (batches), and
    // whether the targets are users rather than phones.
    bool sendsCommand() const;
    bool restartsPhones() const;
    bool targetsUsers() const { return kind == Kind::ResetPasswords; }
    // Changes the phone's row (or file) on the server before any command.
    bool changesServer() const;
    // The pacing for this action (ActionPacing): commands that restart nothing at full speed,
    // restarts in batches, server changes one by one. delayMs: the pause between two phones for
    // commands that restart nothing (the server's install_delay_seconds; 0 by default).
    ActionPacing defaultPacing(int delayMs = ActionPacing::standardDelayMs) const;
    // Reads pacing fields over the defaults; false with a reason.
    bool pacingFromJson(const QJsonObject& json, ActionPacing* pacing, QString* error,
                        int defaultDelayMs = ActionPacing::standardDelayMs) const;

    // The command for one phone (id: unique per job and phone). regionName and firmware for
    // the commands that name them.
    PhoneCommand command(const QString& id, const QString& regionName, const QString& firmwareFile,
                         const QString& firmwareVersion) const;
    // "Reset 37 phones (graceful)", for logs and job lists.
    QString describe(int targets) const;
};
