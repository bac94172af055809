#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A command for a phone: one element of "Requests" in a keep-alive's answer or a direct push,
// itself a JSON text: {"cmd": "reset", "mode": "graceful", "id": "j12-3"}. The server writes
// them, phones (and phonefleet-sim) read them; unknown fields are ignored, as a phone would.
//   reset            mode graceful (after the call in progress) | force | scheduled (at "at")
//   check-status     report now
//   update-config    fetch the cfg file again and apply it
//   update-firmware  download "file" (a path under /firmwarefiles/) and report "version"
//   send-message     show "text" on the display for "seconds", with a beep when "beep"
//   change-region    provision again from the region "region"'s folder
// "id" is unique per command: a phone that is given the same id twice does it once.
struct PhoneCommand
{
    enum class Kind { Reset, CheckStatus, UpdateConfig, UpdateFirmware, SendMessage, ChangeRegion };
    enum class ResetMode { Graceful, Force, Scheduled };

    Kind kind = Kind::CheckStatus;
    QString id;
    ResetMode resetMode = ResetMode::Graceful;
    QDateTime resetAt; // UTC, scheduled resets
    QString text;
    int seconds = 10;
    bool beep = true;
    QString firmwareFile;
    QString firmwareVersion;
    QString region;

    // A reset or a firmware update: afterwards the phone no longer knows the ids it has done.
    bool restartsPhone() const { return kind == Kind::Reset || kind == Kind::UpdateFirmware; }

    QByteArray toJson() const;
    // False with a reason for what is not a command ("cmd" missing or unknown, a field of the
    // wrong type, a message over 512 characters, a scheduled reset without its time).
    static bool parse(const QByteArray& json, PhoneCommand* command, QString* error);

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
    static QString resetModeName(ResetMode mode);
    static bool resetModeFromName(const QString& name, ResetMode* mode);
};
