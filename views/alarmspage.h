#pragma once

#include "collectionpage.h"

class QComboBox;
class QTextBrowser;

// Alarms: the active ones (default) or the history, newest first, each with its severity's
// icon and colour; search by name, MAC or IP; the details of the current alarm below; "Clear"
// for an administrator who may (an Operator of the alarm's region), which keeps it in history.
class AlarmsPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit AlarmsPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("alarms"); }
    QString title() const override { return tr("Alarms"); }
    QIcon icon() const override;

    QComboBox* stateFilter() const { return m_state; }
    QAction* clearAction() const { return m_clear; }
    QTextBrowser* details() const { return m_details; }

public Q_SLOTS:
    void clearSelectedAlarms();

protected:
    QUrlQuery query() const override;
    void selectionChanged() override;
    QString emptyText() const override;

private:
    QComboBox* m_state;
    QAction* m_clear;
    QTextBrowser* m_details;
};
