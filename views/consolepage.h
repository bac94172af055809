#pragma once

#include "bulkaction.h"
#include "changefeed.h"
#include "messagebar.h"

#include <QAction>
#include <QIcon>
#include <QJsonObject>
#include <QList>
#include <QVector>
#include <QWidget>

#include <functional>

class ActionOptionsDialog;
class ConsoleSession;

// A page of the main window's navigation (Dashboard, Devices Status, ...): what the window
// needs to list it, put its actions in the toolbar and pass its messages on. Pages of later
// parts plug in the same way (MainWindow::addPage()).
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stable, for the settings ("devices"): the last page and each page's column layout.
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Shown in the toolbar while the page is.
    virtual QList<QAction*> toolBarActions() const { return {}; }
    // The page's Add (its action on Ctrl+N) when the administrator may use it now; else null.
    QAction* addRowAction() const;
    // A session began (sign-in, reconnection): load what the page shows.
    virtual void sessionStarted() { }
    // Signed out, or on the way to another server: nothing of the last server stays on screen.
    virtual void sessionClosed() { }
    // Rows changed on the server (the change feed): follow them.
    virtual void applyChanges(const QVector<FeedChange>& changes) { Q_UNUSED(changes) }

Q_SIGNALS:
    void message(MessageBar::Kind kind, const QString& text);
    // A bulk action this page started was accepted: the job as the server described it.
    void jobStarted(const QJsonObject& job);

protected:
    // Sends POST /api/v1/actions with body; says "Started: ..." and emits jobStarted, or says
    // why the server refused it.
    void startAction(ConsoleSession* session, const QJsonObject& body);
    // Opens the action's options and confirmation (ActionOptionsDialog, window-modal); once
    // accepted, starts the action whose request body(the options) makes, with the batches the
    // dialog chose for a restart.
    // The dialog is returned (open, deleted when closed) for the caller to tell it more.
    ActionOptionsDialog* askOptionsThenStart(ConsoleSession* session, BulkAction::Kind kind,
                                             const BulkAction::State& state, const QStringList& models,
                                             std::function<QJsonObject(const PhoneAction&)> body);
};
