#include "recorddialog.h"

#include "consolesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

RecordDialog::RecordDialog(ConsoleSession* session, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

void RecordDialog::setRequest(const QByteArray& method, const QString& path, Build build, qint64 revision)
{
    m_method = method;
    m_path = path;
    m_build = std::move(build);
    m_revision = revision;
}

void RecordDialog::setReadOnly()
{
    m_readOnly = true;
    m_build = nullptr;
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    for (QWidget* w : findChildren<QWidget*>()) {
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            edit->setReadOnly(true);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
            text->setReadOnly(true);
        } else if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)) {
            if (!m_buttons->isAncestorOf(w) && !qobject_cast<QTabBar*>(w->parentWidget())) {
                w->setEnabled(false);
            }
        }
    }
}

QComboBox* RecordDialog::regionCombo(ConsoleSession* session, qint64 current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(no region)"), 0);
    if (session) {
        for (const Region& r : session->regions()) {
            combo->addItem(r.name, r.id);
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

QJsonValue RecordDialog::regionValue(const QComboBox* combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

void RecordDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RecordDialog::accept()
{
    if (m_sending || !m_build) {
        return;
    }
    QString problem;
    QJsonObject body = m_build(&problem);
    if (problem.isEmpty() && m_check) {
        problem = m_check(body);
    }
    if (!problem.isEmpty()) {
        showProblem(problem); // nothing is sent
        return;
    }
    if (!m_session) {
        showProblem(tr("Not connected to a server."));
        return;
    }
    if (m_revision > 0) {
        body.insert(QStringLiteral("revision"), m_revision);
    }
    m_sending = true;
    showProblem(QString());
    setEnabled(false);
    const Reply done = [this](const QString& error, const QJsonObject& result) {
        m_sending = false;
        setEnabled(true);
        if (!error.isEmpty()) {
            showProblem(error);
            return;
        }
        m_result = result;
        QDialog::accept();
    };
    if (m_send) {
        m_send(body, done);
        return;
    }
    m_session->sendJson(m_method, m_path, body, this, [this, done](const ApiReply& reply) {
        done(reply.ok() ? QString() : tr("The server refused: %1").arg(reply.error), reply.json);
    });
}
