#pragma once

#include <QDialog>
#include <QJsonArray>

class ConsoleSession;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
struct ApiReply;

// The phones whose last generated file left placeholders unresolved (nothing at the device, site,
// region, template, system or built-in level gave them a value, so their lines were left out or
// set to the parameter's default): of one template, or of every template. What the server
// recorded with each file (GET /api/v1/templates/unresolved), read page by page up to a bound,
// sortable and exportable as CSV.
class UnresolvedPhonesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { MacColumn, RegionColumn, ModelColumn, TemplateColumn, PlaceholdersColumn, GeneratedColumn };

    // templateId: the template to start with (0: every template); templateName names it.
    UnresolvedPhonesDialog(ConsoleSession* session, qint64 templateId, const QString& templateName,
                           QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* scope() const { return m_scope; }
    QLabel* status() const { return m_status; }
    QPushButton* exportButton() const { return m_export; }
    // At most this many phones are listed (the status says how many there are).
    static constexpr int maxRows = 10000;

Q_SIGNALS:
    // The list was read (ok) or reading it failed (its status says why).
    void loaded(bool ok);

public Q_SLOTS:
    void reload();

private:
    void fetch(int offset, quint64 generation);
    void append(const QJsonArray& items);
    void finished(qint64 total);
    void failed(const ApiReply& reply);

    ConsoleSession* m_session;
    QComboBox* m_scope;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_export;
    QPushButton* m_reload;
    quint64 m_generation = 0; // answers to an earlier reload are dropped
};
