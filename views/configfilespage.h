#pragma once

#include "collectionpage.h"

class QPushButton;
class QSpinBox;

// Configuration Files: the files phones download from /configfiles/ — generated ones (each
// phone's, the models' global files) and those a system administrator uploaded — filtered by
// name. Anyone who sees a file downloads or opens it; system administrators upload, replace
// and delete uploaded files, and set the delay between two phones' installs that bulk jobs use.
class ConfigFilesPage : public CollectionPage
{
    Q_OBJECT

public:
    static constexpr qint64 maxFileBytes = 1024 * 1024; // the server's limit

    explicit ConfigFilesPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("configfiles"); }
    QString title() const override { return tr("Configuration Files"); }
    QIcon icon() const override;
    void sessionStarted() override;

    QAction* uploadAction() const { return m_upload; }
    QAction* downloadAction() const { return m_download; }
    QAction* openAction() const { return m_open; }
    QAction* deleteAction() const { return m_delete; }
    QSpinBox* delayBox() const { return m_delay; }
    QPushButton* applyDelayButton() const { return m_applyDelay; }

    // Uploads the file under its own name. Problems and the server's answer arrive as message().
    void uploadFile(const QString& path);
    void downloadCurrentTo(const QString& path);
    // Why a name cannot be an uploaded file's ("" when it can).
    static QString nameProblem(const QString& fileName);

public Q_SLOTS:
    void upload();
    void download();
    void openCurrent();
    void deleteCurrent();
    void applyDelay();

Q_SIGNALS:
    // An upload, download, open or delay change finished (ok or not), for whoever waits on it.
    void transferFinished(bool ok);

protected:
    QUrlQuery query() const override;
    void selectionChanged() override;
    QString emptyText() const override;

private:
    void loadDelay();

    QAction* m_upload;
    QAction* m_download;
    QAction* m_open;
    QAction* m_delete;
    QSpinBox* m_delay;
    QPushButton* m_applyDelay;
    qint64 m_settingsRevision = 0;
};
