#pragma once

#include "collectionpage.h"

class QTableWidget;

// Firmware Files: the images (name, model, version, size, when uploaded, SHA-256) and, below,
// every phone model with its newest image; a model no image serves is shown in red. System
// administrators upload (the file is read off the GUI thread; name, size and model are checked
// before sending), change an image's model or version, download and delete images.
class FirmwarePage : public CollectionPage
{
    Q_OBJECT

public:
    static constexpr qint64 maxImageBytes = 150LL * 1024 * 1024; // the server's limit

    explicit FirmwarePage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("firmware"); }
    QString title() const override { return tr("Firmware Files"); }
    QIcon icon() const override;

    QAction* uploadAction() const { return m_upload; }
    QAction* editAction() const { return m_edit; }
    QAction* downloadAction() const { return m_download; }
    QAction* deleteAction() const { return m_delete; }
    QTableWidget* modelsTable() const { return m_models; }

    // Reads the file and uploads it (model and version may be empty: from the name or header).
    // Problems before sending and the server's answer arrive as message().
    void uploadFile(const QString& path, const QString& model, const QString& version);
    // Saves the current image's content to path.
    void downloadCurrentTo(const QString& path);

    // Why a file name cannot be an image's ("" when it can): [A-Za-z0-9][A-Za-z0-9._-]*.img,
    // at most 128 characters.
    static QString nameProblem(const QString& fileName);

public Q_SLOTS:
    void upload();
    void editCurrent();
    void download();
    void deleteCurrent();

Q_SIGNALS:
    // An upload or download finished (ok or not), for whoever waits on it.
    void transferFinished(bool ok);

protected:
    void selectionChanged() override;

private:
    void showModels();

    QAction* m_upload;
    QAction* m_edit;
    QAction* m_download;
    QAction* m_delete;
    QTableWidget* m_models;
};
