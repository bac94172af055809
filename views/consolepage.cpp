#include "consolepage.h"

#include "actionoptionsdialog.h"
#include "apijson.h"
#include "consolesession.h"
#include "jobsmodel.h"

void ConsolePage::startAction(ConsoleSession* session, const QJsonObject& body)
{
    if (!session || !session->isSignedIn()) {
        return;
    }
    session->sendJson("POST", QStringLiteral("actions"), body, this, [this](const ApiReply& r) {
        if (!r.ok()) {
            Q_EMIT message(MessageBar::Kind::Error, tr("The action was refused: %1").arg(r.error));
            return;
        }
        Job job;
        JobCounts counts;
        ApiJson::read(r.json, &job, &counts);
        Q_EMIT message(MessageBar::Kind::Information, tr("Started: %1").arg(JobsModel::describe(job, counts.total)));
        Q_EMIT jobStarted(r.json);
    });
}

ActionOptionsDialog* ConsolePage::askOptionsThenStart(ConsoleSession* session, BulkAction::Kind kind,
                                                      const BulkAction::State& state, const QStringList& models,
                                                      std::function<QJsonObject(const PhoneAction&)> body)
{
    auto* dialog = new ActionOptionsDialog(kind, state, models, session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, session, dialog, body] {
        QJsonObject request = body(dialog->action());
        if (dialog->hasPacingOptions()) {
            request.insert(QStringLiteral("pacing"), dialog->pacing().toJson());
        }
        startAction(session, request);
    });
    dialog->open();
    return dialog;
}

QAction* ConsolePage::addRowAction() const
{
    for (QAction* a : actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New) && a->isEnabled()) {
            return a;
        }
    }
    return nullptr;
}
