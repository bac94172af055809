#pragma once

#include "phonecommand.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// How a bulk action goes through its phones, as the administrator's manual describes: a delay
// between phones, restarts in batches with a pause between them, and at most a few phones being
// worked on at once.
struct ActionPacing
{
    static constexpr int standardDelayMs = 2000; // the manual's pause between two phones

    int delayMs = standardDelayMs; // between two phones (actions that do not restart phones)
    int batchSize = 5;             // restarting actions: this many phones at a time
    int batchPauseMs = 120000;     // restarting actions: the pause between two batches
    int concurrency = 10;          // phones being worked on at once

    QJsonObject toJson() const;
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
    // The manual's pacing for this action: commands paced, server changes at once.
    // delayMs: the pause between two phones for actions that send them a command (the server's
    // install_delay_seconds); actions that only change rows on the server do not pause.
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
