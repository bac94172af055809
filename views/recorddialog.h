#pragma once

#include "fieldjson.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class ConsoleSession;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// A small form that creates or changes one row through the admin API: it checks its fields
// before anything is sent, sends with the OK button (the dialog stays open, its fields
// disabled, until the server answers), shows the server's refusal in words in the dialog and
// closes only once the server accepted. Keyboard-friendly: Enter is OK, Escape cancels.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // The body to send, or an empty object with *problem set when a field is not right.
    using Build = std::function<QJsonObject(QString* problem)>;

    RecordDialog(ConsoleSession* session, const QString& title, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    // Where OK sends the body: method and path ("POST", "users": under /api/v1). A change of an
    // existing row gives that row's revision, which goes into the body.
    void setRequest(const QByteArray& method, const QString& path, Build build, qint64 revision = 0);
    // Sends the body some other way than m_method/m_path (a template through the offline
    // outbox): done gets the server's refusal in words, or an empty error and the result.
    using Reply = std::function<void(const QString& error, const QJsonObject& result)>;
    using Send = std::function<void(const QJsonObject& body, Reply done)>;
    void setSender(Send send) { m_send = std::move(send); }
    // Checks the body against the Row's field table before it is sent: a value the server would
    // refuse is refused here first, in the same words (core/fields, the API's own check).
    template <class Row>
    void checkFieldsOf()
    {
        m_check = [](const QJsonObject& body) {
            Row row;
            QString error;
            return FieldJson::apply(body, &row, &error, {QStringLiteral("revision")}) ? QString() : error;
        };
    }
    // Shows the record without letting it be changed (an administrator who may only read it):
    // the fields read-only, Close instead of OK and Cancel.
    void setReadOnly();
    bool isReadOnly() const { return m_readOnly; }
    // The server's answer to the accepted request (after the dialog closed).
    QJsonObject result() const { return m_result; }
    QLabel* problemLabel() const { return m_problem; }

    // A combo box of "(none)" and the session's regions; the region id is the item data.
    static QComboBox* regionCombo(ConsoleSession* session, qint64 current, QWidget* parent);
    // That combo box's choice as the API takes it: the region id, or null for none.
    static QJsonValue regionValue(const QComboBox* combo);

public Q_SLOTS:
    void accept() override;

private:
    void showProblem(const QString& text);

    ConsoleSession* m_session;
    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QByteArray m_method;
    QString m_path;
    Build m_build;
    std::function<QString(const QJsonObject&)> m_check;
    Send m_send;
    qint64 m_revision = 0;
    QJsonObject m_result;
    bool m_sending = false;
    bool m_readOnly = false;
};
