#include "alarmspage.h"

#include "alarm.h"
#include "consolesession.h"
#include "statusicons.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>

#include <memory>

namespace {
AlarmSeverity severityOf(const QJsonObject& alarm)
{
    AlarmSeverity s = AlarmSeverity::Indeterminate;
    alarmSeverityFromString(alarm.value(QStringLiteral("severity")).toString(), &s);
    return s;
}

bool isActive(const QJsonObject& alarm)
{
    return alarm.value(QStringLiteral("active")).toBool();
}
} // namespace

AlarmsPage::AlarmsPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("alarms"), QStringLiteral("alarms"),
                     {
                         {QStringLiteral("severity"), tr("Severity"), CollectionModel::Column::Kind::Text,
                          [](const QJsonObject& a, int role) -> QVariant {
                              const AlarmSeverity s = severityOf(a);
                              switch (role) {
                              case Qt::DecorationRole:
                                  return StatusIcons::forSeverity(s, isActive(a));
                              case Qt::ForegroundRole:
                                  return isActive(a) ? StatusIcons::severityColor(s) : QVariant();
                              case Qt::DisplayRole: {
                                  const QString text = a.value(QStringLiteral("severity")).toString();
                                  return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
                              }
                              case CollectionModel::SortRole:
                                  return static_cast<int>(s);
                              default:
                                  return {};
                              }
                          }},
                         CollectionModel::Column::of<Alarm>("name", tr("Alarm")),
                         CollectionModel::Column::of<Alarm>("sourceMac", tr("MAC")),
                         {QStringLiteral("ipAddress"), tr("IP address")},
                         regionColumn(session),
                         CollectionModel::Column::of<Alarm>("raisedAt"),
                         CollectionModel::Column::of<Alarm>("clearedAt"),
                         CollectionModel::Column::of<Alarm>("description"),
                     },
                     parent)
    , m_state(new QComboBox(this))
    , m_clear(new QAction(tr("Clear Alarm"), this))
    , m_details(new QTextBrowser(this))
{
    searchBox()->setPlaceholderText(tr("Search by alarm name, MAC or IP address"));
    m_state->addItem(tr("Active alarms"), QStringLiteral("active"));
    m_state->addItem(tr("History (cleared)"), QStringLiteral("cleared"));
    m_state->addItem(tr("All alarms"), QStringLiteral("all"));
    m_state->setAccessibleName(tr("Which alarms"));
    connect(m_state, &QComboBox::currentIndexChanged, this, &CollectionPage::reload);
    addFilterWidget(m_state);

    m_clear->setIcon(StatusIcons::forSeverity(AlarmSeverity::Cleared));
    m_clear->setToolTip(tr("Clear the selected active alarms by hand (they stay in the history)"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_clear, &QAction::triggered, this, &AlarmsPage::clearSelectedAlarms);
    addAction(m_clear);

    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an alarm to see its details."));
    setDetailsWidget(m_details);
    selectionChanged();
}

QIcon AlarmsPage::icon() const
{
    return StatusIcons::forSeverity(AlarmSeverity::Major);
}

QUrlQuery AlarmsPage::query() const
{
    QUrlQuery q = CollectionPage::query();
    q.addQueryItem(QStringLiteral("state"), m_state->currentData().toString());
    return q;
}

void AlarmsPage::selectionChanged()
{
    int active = 0;
    for (const QJsonObject& a : selectedItems()) {
        active += isActive(a) ? 1 : 0;
    }
    const bool mayWrite = session() && session()->canWrite();
    m_clear->setEnabled(mayWrite && active > 0);
    m_clear->setText(active > 1 ? tr("Clear %n Alarm(s)", nullptr, active) : tr("Clear Alarm"));
    if (!mayWrite) {
        m_clear->setToolTip(tr("Monitoring: you may see alarms but not clear them"));
    }

    const QJsonObject a = currentItem();
    if (a.isEmpty()) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        }
    };
    auto text = [&a](const char* key) { return a.value(QLatin1String(key)).toString(); };
    row(tr("Alarm"), text("name"));
    row(tr("Severity"), text("severity"));
    row(tr("State"), isActive(a) ? tr("Active") : tr("Cleared"));
    row(tr("Description"), text("description"));
    row(tr("Phone"), text("sourceMac"));
    row(tr("IP address"), text("ipAddress"));
    row(tr("Type"), text("type"));
    row(tr("Probable cause"), text("probableCause"));
    row(tr("Additional information"), text("additionalInfo1"));
    row(QString(), text("additionalInfo2"));
    row(tr("Raised"), CollectionModel::formatTime(text("raisedAt")));
    row(tr("Cleared"), CollectionModel::formatTime(text("clearedAt")));
    row(tr("Alarm id"), text("uniqueId"));
    m_details->setHtml(html + QStringLiteral("</table>"));
}

void AlarmsPage::clearSelectedAlarms()
{
    QVector<QJsonObject> alarms;
    for (const QJsonObject& a : selectedItems()) {
        if (isActive(a)) {
            alarms.append(a);
        }
    }
    if (alarms.isEmpty() || !session()) {
        return;
    }
    m_clear->setEnabled(false);
    struct Tally
    {
        int left = 0;
        int cleared = 0;
        QString firstError;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = static_cast<int>(alarms.size());
    for (const QJsonObject& a : std::as_const(alarms)) {
        const qint64 id = a.value(QStringLiteral("id")).toInteger();
        session()->sendJson(
            "POST", QStringLiteral("alarms/%1/clear").arg(id),
            QJsonObject {{QStringLiteral("revision"), a.value(QStringLiteral("revision"))}}, this,
            [this, tally](const ApiReply& reply) {
                if (reply.ok()) {
                    ++tally->cleared;
                } else if (tally->firstError.isEmpty()) {
                    tally->firstError = reply.error;
                }
                if (--tally->left > 0) {
                    return;
                }
                if (tally->firstError.isEmpty()) {
                    Q_EMIT message(MessageBar::Kind::Information, tr("%n alarm(s) cleared.", nullptr, tally->cleared));
                } else {
                    Q_EMIT message(MessageBar::Kind::Error,
                                   tr("%n alarm(s) cleared; the others were not: %1", nullptr, tally->cleared)
                                       .arg(tally->firstError));
                }
                reload();
            });
    }
}

QString AlarmsPage::emptyText() const
{
    const QString state = m_state->currentData().toString();
    return state == QLatin1String("active")
        ? tr("No active alarm. Phones send their alarms here (this server is their alarm server); cleared "
             "ones are under History.")
        : tr("No alarm in this list. Phones send their alarms here (this server is their alarm server).");
}
