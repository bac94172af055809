#pragma once

#include "admin.h"
#include "device.h"
#include "phoneaction.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// The bulk actions of Devices Status, as the console offers them: their labels (counting the
// selection), whether the selection and the administrator's rights allow them (and if not, why,
// for the tooltip), whether they need a confirmation, and the request that starts one. The
// server decides again; this only keeps the console from offering what would be refused.
namespace BulkAction {
enum class Kind {
    CheckStatus,
    ChangeRegion,
    UpdateFirmware,
    OpenWebAdmin, // the phone's own web page: done by the console, not the server
    Reset,
    UpdateConfiguration,
    SendMessage,
    Approve,
    Delete,
    GenerateConfiguration,
    AllowFirstContact, // a factory-reset phone may get its file without credentials once more
};

QVector<Kind> all();

struct State
{
    bool enabled = false;
    QString label;   // "Reset 37 phones…"
    QString tooltip; // what it does; when disabled, why
    int targets = 0; // the selected phones it would act on
};

State state(Kind kind, const QVector<Device>& selection, const Admin& admin);
// Whether it changes or restarts phones enough to be confirmed first.
bool needsConfirmation(Kind kind);
// The server action it starts (none for OpenWebAdmin).
PhoneAction::Kind phoneActionOf(Kind kind);
// The phones of the selection the action goes to (pending ones only, for Approve).
QVector<qint64> targetIds(Kind kind, const QVector<Device>& selection);
// The body of POST /api/v1/actions.
QJsonObject request(const PhoneAction& action, const QVector<qint64>& deviceIds);
// https://<the phone's address>/ for Open Web Admin.
QString webAdminUrl(const Device& device);
} // namespace BulkAction
