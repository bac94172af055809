#pragma once

#include "collectionpage.h"

class QComboBox;
class QSpinBox;

// System Logs: the web-admin log (what administrators did) or the activity log (what phones
// and the server did), newest first, from a level up, the last N lines (up to 10 000), with a
// search; "Save…" writes the lines shown to a text file.
class LogsPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit LogsPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("logs"); }
    QString title() const override { return tr("System Logs"); }
    QIcon icon() const override;

    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* levelFilter() const { return m_level; }
    QSpinBox* lastLines() const { return m_last; }
    QAction* saveAction() const { return m_save; }

    // Writes the lines shown, tab-separated with a header line; false with *error set on failure.
    bool saveTo(const QString& path, QString* error) const;

public Q_SLOTS:
    void save(); // asks where

protected:
    QUrlQuery query() const override;
    void selectionChanged() override;

private:
    QComboBox* m_kind;
    QComboBox* m_level;
    QSpinBox* m_last;
    QAction* m_save;
};
