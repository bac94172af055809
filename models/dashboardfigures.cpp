#include "dashboardfigures.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
DashboardFigures::Counts countsOf(const QJsonObject& o)
{
    DashboardFigures::Counts c;
    c.registered = o.value(QStringLiteral("registered")).toInt();
    c.unregistered = o.value(QStringLiteral("unregistered")).toInt();
    c.disconnected = o.value(QStringLiteral("disconnected")).toInt();
    c.total = o.value(QStringLiteral("total")).toInt(c.registered + c.unregistered + c.disconnected);
    c.percentRegistered = o.value(QStringLiteral("percentRegistered")).toDouble();
    return c;
}

template <class Label>
QVector<DashboardFigures::Group> groupsOf(const QJsonValue& value, Label label)
{
    QVector<DashboardFigures::Group> out;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        DashboardFigures::Group g;
        g.counts = countsOf(o);
        label(o, &g);
        out.append(g);
    }
    std::sort(out.begin(), out.end(), [](const DashboardFigures::Group& a, const DashboardFigures::Group& b) {
        return a.counts.total != b.counts.total ? a.counts.total > b.counts.total : a.label < b.label;
    });
    return out;
}

QString unknown()
{
    return QCoreApplication::translate("DashboardFigures", "(unknown)");
}
} // namespace

bool DashboardFigures::fromJson(const QJsonObject& o, DashboardFigures* f)
{
    if (!o.contains(QStringLiteral("registered")) || !o.contains(QStringLiteral("byRegion"))) {
        return false;
    }
    f->overall = countsOf(o);
    f->pendingApproval = o.value(QStringLiteral("pendingApproval")).toInt();
    f->byRegion = groupsOf(o.value(QStringLiteral("byRegion")), [](const QJsonObject& g, Group* out) {
        const qint64 id = g.value(QStringLiteral("regionId")).toInteger();
        out->label = g.value(QStringLiteral("name")).toString();
        if (id > 0) {
            out->filter.region = QString::number(id);
        } else {
            out->label = QCoreApplication::translate("DashboardFigures", "(no region)");
            out->filter.approval = DeviceFilter::Approval::Pending;
        }
    });
    f->byModel = groupsOf(o.value(QStringLiteral("byModel")), [](const QJsonObject& g, Group* out) {
        out->label = g.value(QStringLiteral("model")).toString();
        out->filter.model = out->label.isNull() ? QStringLiteral("") : out->label;
        out->filter.exactModelAndFirmware = true;
        if (out->label.isEmpty()) {
            out->label = unknown();
        }
    });
    f->byFirmware = groupsOf(o.value(QStringLiteral("byFirmware")), [](const QJsonObject& g, Group* out) {
        out->label = g.value(QStringLiteral("version")).toString();
        out->filter.firmware = out->label.isNull() ? QStringLiteral("") : out->label;
        out->filter.exactModelAndFirmware = true;
        if (out->label.isEmpty()) {
            out->label = unknown();
        }
    });
    return true;
}

DeviceFilter DashboardFigures::statusFilter(DeviceFilter::Status status)
{
    DeviceFilter f;
    f.status = status;
    return f;
}

DeviceFilter DashboardFigures::pendingFilter()
{
    DeviceFilter f;
    f.approval = DeviceFilter::Approval::Pending;
    return f;
}
