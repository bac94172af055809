#pragma once

// What the page tests share: a console session signed in to a real phonefleetd, loading a page,
// finding the dialog it opened, selecting rows by id and confirming a deletion.
#include "apiclient.h"
#include "collectionmodel.h"
#include "collectionpage.h"
#include "consolesession.h"
#include "serverurl.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <memory>

class PageTest : public QObject
{
protected:
    std::unique_ptr<ConsoleSession> signIn(quint16 httpPort, const QString& user, const QString& password)
    {
        auto session = std::make_unique<ConsoleSession>(&m_network);
        QString error;
        const ServerUrl url = ServerUrl::parse(QStringLiteral("http://127.0.0.1:%1").arg(httpPort), &error);
        QSignalSpy signedIn(session.get(), &ConsoleSession::signedIn);
        session->signIn(url, {}, user, password, QStringLiteral("test"));
        if (!signedIn.wait(15000)) {
            return nullptr;
        }
        // The regions arrive with the sign-in; wait for them so names show.
        waitFor([&] { return !session->regions().isEmpty(); }, 5000);
        return session;
    }

    static bool load(CollectionPage* page)
    {
        QSignalSpy loaded(page, &CollectionPage::loaded);
        page->reload();
        return (!loaded.isEmpty() || loaded.wait(15000)) && !page->isLoading(); // may answer at once
    }

    // The visible dialog of that type the page opened (open() returns before it shows).
    template <typename Dialog>
    static Dialog* openDialog(QWidget* parent)
    {
        Dialog* found = nullptr;
        waitFor(
            [&] {
                for (Dialog* d : parent->findChildren<Dialog*>()) {
                    if (d->isVisible()) {
                        found = d;
                    }
                }
                return found != nullptr;
            },
            5000, 20);
        return found;
    }

    // Makes the row of that id current and selected (through the sort proxy).
    static void selectId(CollectionPage* page, qint64 id)
    {
        const auto* proxy = static_cast<QSortFilterProxyModel*>(page->table()->model());
        page->table()->selectRow(proxy->mapFromSource(page->model()->index(page->model()->rowOf(id), 0)).row());
    }

    // Selects these rows (and no other), the last one current.
    static void selectIds(CollectionPage* page, const QVector<qint64>& ids)
    {
        page->table()->clearSelection();
        const auto* proxy = static_cast<QSortFilterProxyModel*>(page->table()->model());
        for (qint64 id : ids) {
            const QModelIndex index = proxy->mapFromSource(page->model()->index(page->model()->rowOf(id), 0));
            page->table()->selectionModel()->setCurrentIndex(index,
                                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Answers the delete (or restore) confirmation that the page opened.
    static bool confirmDestructive(QWidget* page)
    {
        QMessageBox* confirm = openDialog<QMessageBox>(page);
        if (!confirm) {
            return false;
        }
        for (QAbstractButton* b : confirm->buttons()) {
            if (confirm->buttonRole(b) == QMessageBox::DestructiveRole) {
                b->click();
                return true;
            }
        }
        return false;
    }

    static qint64 idNamed(const ApiClient& admin, const QByteArray& collection, const QString& name,
                          const QString& field = QStringLiteral("name"))
    {
        const ApiClient::Reply r = admin.get("/api/v1/" + collection + "?limit=1000");
        for (const QJsonValue& v : r.items()) {
            if (v.toObject().value(field).toString() == name) {
                return static_cast<qint64>(v.toObject().value(QStringLiteral("id")).toDouble());
            }
        }
        return 0;
    }

    QNetworkAccessManager m_network;
};
