#include "consolepage.h"

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
