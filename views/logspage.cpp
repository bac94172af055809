#include "logspage.h"

#include "actionicons.h"
#include "consolesession.h"
#include "pageicons.h"
#include "statusicons.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextStream>

namespace {
QVariant levelCell(const QJsonObject& entry, int role)
{
    const QString level = entry.value(QStringLiteral("level")).toString();
    if (role == Qt::DecorationRole) {
        if (level == QLatin1String("ERROR")) {
            return StatusIcons::forSeverity(AlarmSeverity::Critical);
        }
        if (level == QLatin1String("WARN")) {
            return StatusIcons::forSeverity(AlarmSeverity::Major);
        }
        return {};
    }
    if (role == CollectionModel::SortRole) {
        static const QStringList order {QStringLiteral("VERBOSE"), QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                                        QStringLiteral("WARN"), QStringLiteral("ERROR")};
        return static_cast<int>(order.indexOf(level));
    }
    return {};
}
} // namespace

LogsPage::LogsPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("logs"), QStringLiteral("logs"),
                     {
                         CollectionModel::Column::of<AuditEntry>("time"),
                         {QStringLiteral("level"), tr("Level"), CollectionModel::Column::Kind::Text, levelCell},
                         CollectionModel::Column::of<AuditEntry>("adminName"),
                         CollectionModel::Column::of<AuditEntry>("sourceAddress", tr("From")),
                         CollectionModel::Column::of<AuditEntry>("action"),
                         CollectionModel::Column::of<AuditEntry>("target"),
                         CollectionModel::Column::of<AuditEntry>("details"),
                     },
                     parent)
    , m_kind(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_last(new QSpinBox(this))
    , m_save(new QAction(ActionIcons::themed(QStringLiteral("document-save")), tr("Save…"), this))
{
    setPaged(false);
    searchBox()->setPlaceholderText(tr("Search the log"));
    m_kind->addItem(tr("Web admin log"), QStringLiteral("web-admin"));
    m_kind->addItem(tr("Activity log"), QStringLiteral("activity"));
    m_kind->setAccessibleName(tr("Which log"));
    m_level->addItem(tr("Every level"), QStringLiteral("VERBOSE"));
    m_level->addItem(tr("Debug and above"), QStringLiteral("DEBUG"));
    m_level->addItem(tr("Info and above"), QStringLiteral("INFO"));
    m_level->addItem(tr("Warnings and errors"), QStringLiteral("WARN"));
    m_level->addItem(tr("Errors"), QStringLiteral("ERROR"));
    m_level->setAccessibleName(tr("Level"));
    m_last->setRange(1, 10000);
    m_last->setValue(500);
    m_last->setPrefix(tr("last "));
    m_last->setSuffix(tr(" lines"));
    m_last->setAccessibleName(tr("How many lines"));
    m_last->setKeyboardTracking(false); // reload when the number is entered, not per digit
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        sizeColumnsAgain();
        reload();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &CollectionPage::reload);
    connect(m_last, &QSpinBox::valueChanged, this, &CollectionPage::reload);
    addFilterWidget(m_kind);
    addFilterWidget(m_level);
    addFilterWidget(m_last);

    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &LogsPage::save);
    addAction(m_save);
    selectionChanged();
}

QIcon LogsPage::icon() const
{
    return PageIcons::logs();
}

QUrlQuery LogsPage::query() const
{
    QUrlQuery q = CollectionPage::query();
    q.addQueryItem(QStringLiteral("kind"), m_kind->currentData().toString());
    q.addQueryItem(QStringLiteral("level"), m_level->currentData().toString());
    q.addQueryItem(QStringLiteral("last"), QString::number(m_last->value()));
    return q;
}

void LogsPage::selectionChanged()
{
    m_save->setEnabled(model()->rowCount() > 0);
}

bool LogsPage::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    const QStringList keys {QStringLiteral("time"),   QStringLiteral("level"),  QStringLiteral("admin"),
                            QStringLiteral("source"), QStringLiteral("action"), QStringLiteral("target"),
                            QStringLiteral("details")};
    out << keys.join(QLatin1Char('\t')) << '\n';
    for (const QJsonObject& entry : model()->items()) {
        QStringList fields;
        for (const QString& key : keys) {
            // One line per entry, whatever the details hold.
            fields << entry.value(key)
                          .toString()
                          .replace(QLatin1Char('\t'), QLatin1Char(' '))
                          .replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        out << fields.join(QLatin1Char('\t')) << '\n';
    }
    out.flush();
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void LogsPage::save()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/phonefleet-%1.log").arg(m_kind->currentData().toString());
    auto* dialog = new QFileDialog(this, tr("Save the log"), suggested, tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (saveTo(path, &error)) {
            Q_EMIT message(MessageBar::Kind::Information,
                           tr("%n line(s) saved to %1.", nullptr, model()->rowCount()).arg(path));
        } else {
            Q_EMIT message(MessageBar::Kind::Error, tr("The log could not be saved to %1: %2").arg(path, error));
        }
    });
    dialog->open();
}
