#include "offlinework.h"

#include "cfgeditor.h"
#include "cfgfilewindow.h"
#include "collectionmodel.h"
#include "consolesession.h"
#include "mergedialog.h"
#include "templatedialog.h"
#include "templateworkspace.h"
#include "unsavedwork.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>

OfflineWork::OfflineWork(ConsoleSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_outbox(new QToolButton(window))
{
    m_outbox->setObjectName(QStringLiteral("outbox"));
    m_outbox->setAutoRaise(true);
    m_outbox->setToolTip(tr("Template edits saved while the server could not be reached; they are sent when it "
                            "answers again"));
    connect(m_outbox, &QToolButton::clicked, this, &OfflineWork::showMenu);
    TemplateWorkspace* templates = m_session->templates();
    connect(templates, &TemplateWorkspace::pendingChanged, this, &OfflineWork::updateOutbox);
    connect(templates, &TemplateWorkspace::conflict, this, &OfflineWork::settle);
    connect(templates, &TemplateWorkspace::pendingSettled, this,
            [this](const QString& text) { Q_EMIT message(MessageBar::Kind::Information, text); });
    connect(templates, &TemplateWorkspace::pendingRefused, this,
            [this](const TemplateCache::Pending& edit, const QString& why) {
                Q_EMIT message(MessageBar::Kind::Error,
                               tr("The server refused the offline edit of template %1: %2. It stays in the outbox.")
                                   .arg(edit.mine.value(QStringLiteral("name")).toString(), why));
            });
    connect(m_session, &ConsoleSession::reachableChanged, this, [this](bool reachable) {
        Q_EMIT message(reachable ? MessageBar::Kind::Information : MessageBar::Kind::Warning,
                       reachable ? tr("The server answers again.")
                                 : tr("The server cannot be reached. Templates open from the offline copy, and saved "
                                      "edits wait in the outbox until it answers again."));
    });
    connect(m_session, &ConsoleSession::signedIn, this, [this] { restoreUnsavedWork(); });
    updateOutbox(0);
}

void OfflineWork::updateOutbox(int count)
{
    m_outbox->setText(tr("Outbox: %n edit(s)", nullptr, count));
    m_outbox->setVisible(count > 0);
}

void OfflineWork::showMenu()
{
    TemplateWorkspace* templates = m_session->templates();
    auto* menu = new QMenu(m_outbox);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* send = menu->addAction(tr("&Send Now"), templates, &TemplateWorkspace::sendPending);
    send->setEnabled(templates->isOnline());
    menu->addSeparator();
    for (const TemplateCache::Pending& edit : templates->pending()) {
        const QString name = edit.mine.value(QStringLiteral("name")).toString();
        menu->addAction(
            tr("Discard the Edit of %1 (saved %2)…")
                .arg(name, QLocale().toString(edit.savedAt.toLocalTime(), QLocale::ShortFormat)),
            this, [this, edit, name] {
                const auto answer = QMessageBox::question(
                    m_window, tr("Discard the Edit"),
                    tr("Throw away the edit of template %1 made offline? It was never sent to the server.").arg(name),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
                if (answer == QMessageBox::Discard) {
                    m_session->templates()->discard(edit);
                }
            });
    }
    menu->popup(m_outbox->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu->sizeHint().height()));
}

void OfflineWork::settle(const TemplateCache::Pending& edit, const QJsonObject& theirs)
{
    auto* dialog = new MergeDialog(edit, theirs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        TemplateWorkspace* templates = m_session->templates();
        switch (dialog->choice()) {
        case MergeDialog::Choice::Later:
            templates->postpone(dialog->edit());
            Q_EMIT message(MessageBar::Kind::Information,
                           tr("The edit of template %1 stays in the outbox; it is offered again next time.")
                               .arg(dialog->edit().mine.value(QStringLiteral("name")).toString()));
            break;
        case MergeDialog::Choice::Theirs:
            templates->resolve(dialog->edit(), dialog->theirs(), {});
            break;
        default:
            templates->resolve(dialog->edit(), dialog->theirs(), dialog->body());
            break;
        }
    });
    dialog->open();
}

void OfflineWork::forgetOnceKeptAgain(const QString& oldKey, UnsavedWork* keeper)
{
    // The window keeps the text under its own key (the same one, for a file or a stored
    // template); an entry under another key goes only once the new one was written.
    if (keeper->key() != oldKey) {
        UnsavedWork::journal().remove(oldKey);
    }
}

int OfflineWork::restoreUnsavedWork()
{
    int opened = 0;
    for (const RecoveryJournal::Entry& entry : UnsavedWork::journal().entries()) {
        if (m_restored.contains(entry.key)) {
            continue;
        }
        const QString kind = entry.state.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("file")) {
            auto* window = new CfgFileWindow(m_window);
            window->restore(entry.state);
            window->show();
            forgetOnceKeptAgain(entry.key, window->unsavedWork());
        } else if (kind == QLatin1String("template") && m_session->isSignedIn()
                   && entry.state.value(QStringLiteral("server")).toString() == m_session->serverKey()) {
            const QJsonObject templ = entry.state.value(QStringLiteral("template")).toObject();
            auto* dialog =
                new TemplateDialog(m_session, templ, CollectionModel::idOf(entry.state, "regionId"), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->restore(entry.state);
            dialog->open();
            forgetOnceKeptAgain(entry.key, dialog->unsavedWork());
        } else {
            continue; // another server's: kept until the console signs in there
        }
        m_restored << entry.key;
        ++opened;
    }
    if (opened > 0) {
        Q_EMIT message(MessageBar::Kind::Information,
                       tr("%n window(s) with unsaved text from the last session were opened again.", nullptr, opened));
    }
    return opened;
}

namespace {
template <class F>
void forEachUnsaved(QWidget* window, F f)
{
    for (TemplateDialog* d : window->findChildren<TemplateDialog*>()) {
        if (d->isVisible() && d->hasChanges()) {
            f(d->windowTitle(), d->unsavedWork(), [] {});
        }
    }
    for (CfgFileWindow* w : window->findChildren<CfgFileWindow*>()) {
        if (w->isVisible() && w->isModified()) {
            f(w->windowTitle(), w->unsavedWork(), [w] { w->editor()->document()->setModified(false); });
        }
    }
}
} // namespace

QStringList OfflineWork::unsavedWindows() const
{
    QStringList titles;
    forEachUnsaved(m_window, [&](const QString& title, UnsavedWork*, auto) { titles << title; });
    return titles;
}

bool OfflineWork::mayCloseNow(const std::function<void()>& closeNow)
{
    const QStringList titles = unsavedWindows();
    if (titles.isEmpty()) {
        return true;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                                tr("%n window(s) hold changes that are not saved:", nullptr, int(titles.size()))
                                    + QStringLiteral("\n\n• ") + titles.join(QStringLiteral("\n• ")),
                                QMessageBox::NoButton, m_window);
    box->setInformativeText(tr("Keep them to find them open again with their text at the next start, or discard "
                               "them all."));
    QPushButton* keep = box->addButton(tr("&Keep for Next Start"), QMessageBox::AcceptRole);
    QPushButton* discard = box->addButton(tr("&Discard All"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setObjectName(QStringLiteral("unsavedOnClose"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, keep, discard, closeNow] {
        if (box->clickedButton() == keep) {
            forEachUnsaved(m_window, [](const QString&, UnsavedWork* work, auto) { work->keepForNextStart(); });
        } else if (box->clickedButton() == discard) {
            forEachUnsaved(m_window, [](const QString&, UnsavedWork* work, auto dropped) {
                work->finish();
                dropped(); // and not asked about again on the way out
            });
        } else {
            return; // back to work
        }
        closeNow();
    });
    box->open();
    return false;
}
