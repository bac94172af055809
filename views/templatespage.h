#pragma once

#include "collectionpage.h"

class QComboBox;

// Templates: per region (or system-wide) and phone model, the region's default for each model
// marked. Operators add, clone, edit (both files, as text), delete and restore a template to the
// shipped default, generate the files of the phones it serves, and import or export the vendor's
// template XML. Loading a template's files happens when it is opened, not for the list.
class TemplatesPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit TemplatesPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("templates"); }
    QString title() const override { return tr("Templates"); }
    QIcon icon() const override;

    QComboBox* modelFilter() const { return m_model; }
    QAction* addTemplateAction() const { return m_add; }
    QAction* cloneAction() const { return m_clone; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* restoreAction() const { return m_restore; }
    QAction* generateAction() const { return m_generate; }
    QAction* importXmlAction() const { return m_import; }
    QAction* exportXmlAction() const { return m_export; }
    QAction* unresolvedAction() const { return m_unresolved; }

    // The same as the dialogs do, for scripts and tests: import a vendor XML file into a region
    // (0: system-wide), export the current template to path. The outcome arrives as message().
    void importFile(const QString& path, qint64 regionId);
    void exportCurrentTo(const QString& path);

public Q_SLOTS:
    void addTemplate();
    void cloneCurrent();
    void editCurrent();
    void deleteCurrent();
    void restoreCurrent();
    void generateCurrent();
    void importXml();
    void exportXml();
    // Lists the phones whose file left placeholders unresolved: the current template's, or all.
    void showUnresolved();

Q_SIGNALS:
    // An import, export or generate finished, for whoever waits on it.
    void transferFinished(bool ok);
    // A generate job is done: the phones whose file changed (their MACs), and the others.
    void generationSummarised(const QStringList& changed, int unchanged, int failed);

protected:
    void showEvent(QShowEvent* event) override;
    QUrlQuery query() const override;
    void selectionChanged() override;
    QString emptyText() const override;
    bool offlineRows(QVector<QJsonObject>* rows) const override;

private:
    // The phones of exactly this model in this region (0: every region), page by page.
    void collectPhones(const QString& model, qint64 regionId, int offset, QVector<qint64> ids,
                       const std::function<void(const QVector<qint64>&, const QString& error)>& done);
    bool mayChange(const QJsonObject& t) const;
    // What the page says once the template dialog closed with OK.
    static QString savedText(const class TemplateDialog* dialog, const QJsonObject& result);
    // Follows a generate job to its end, then says which phones' files changed.
    void summariseGeneration(qint64 jobId);
    // Says what phones get when no template is stored at all.
    void sayWhenEmpty();

    QComboBox* m_model;
    QAction* m_add;
    QAction* m_clone;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_restore;
    QAction* m_generate;
    QAction* m_import;
    QAction* m_export;
    QAction* m_unresolved;
};
