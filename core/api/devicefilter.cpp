#include "devicefilter.h"

namespace {
bool contains(const QString& haystack, const QString& needle)
{
    return needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
}

const char* statusWord(DeviceFilter::Status s)
{
    switch (s) {
    case DeviceFilter::Status::Registered:
        return "registered";
    case DeviceFilter::Status::NotRegistered:
        return "not-registered";
    case DeviceFilter::Status::Disconnected:
        return "disconnected";
    case DeviceFilter::Status::Any:
        break;
    }
    return "";
}
} // namespace

bool DeviceFilter::isEmpty() const
{
    const bool noModelOrFirmware =
        exactModelAndFirmware ? model.isNull() && firmware.isNull() : model.isEmpty() && firmware.isEmpty();
    return text.isEmpty() && user.isEmpty() && phoneNumber.isEmpty() && mac.isEmpty() && ip.isEmpty()
        && noModelOrFirmware && status == Status::Any && approval == Approval::Any && region.isEmpty()
        && !multipleDevices;
}

QString DeviceFilter::macDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text.trimmed()) {
        if (c == u':' || c == u'-' || c == u'.') {
            continue;
        }
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return {};
        }
        digits.append(c.toUpper());
    }
    return digits;
}

bool DeviceFilter::fromPairs(const QList<QPair<QString, QString>>& pairs, DeviceFilter* f, QString* error,
                             const QStringList& ignoredKeys)
{
    for (const auto& [key, rawValue] : pairs) {
        const QString value = rawValue.trimmed();
        if (ignoredKeys.contains(key)) {
            continue;
        }
        if (key == QLatin1String("q") || key == QLatin1String("search")) {
            f->text = value;
        } else if (key == QLatin1String("user")) {
            f->user = value;
        } else if (key == QLatin1String("phoneNumber") || key == QLatin1String("phone")) {
            f->phoneNumber = value;
        } else if (key == QLatin1String("mac")) {
            if (!value.isEmpty() && macDigits(value).isEmpty()) {
                *error = QStringLiteral("mac: '%1' is not (a part of) a MAC address").arg(value);
                return false;
            }
            f->mac = value;
        } else if (key == QLatin1String("ip")) {
            f->ip = value;
        } else if (key == QLatin1String("model")) {
            f->model = value;
        } else if (key == QLatin1String("firmware") || key == QLatin1String("version")) {
            f->firmware = value;
        } else if (key == QLatin1String("status")) {
            const QString v = value.toLower();
            if (v.isEmpty() || v == QLatin1String("any")) {
                f->status = Status::Any;
            } else if (v == QLatin1String("registered")) {
                f->status = Status::Registered;
            } else if (v == QLatin1String("not-registered") || v == QLatin1String("unregistered")
                       || v == QLatin1String("not registered")) {
                f->status = Status::NotRegistered;
            } else if (v == QLatin1String("disconnected")) {
                f->status = Status::Disconnected;
            } else {
                *error =
                    QStringLiteral("status: '%1' is not one of registered, not-registered, disconnected").arg(value);
                return false;
            }
        } else if (key == QLatin1String("approval")) {
            const QString v = value.toLower();
            if (v.isEmpty() || v == QLatin1String("any")) {
                f->approval = Approval::Any;
            } else if (v == QLatin1String("approved")) {
                f->approval = Approval::Approved;
            } else if (v == QLatin1String("pending")) {
                f->approval = Approval::Pending;
            } else {
                *error = QStringLiteral("approval: '%1' is not approved or pending").arg(value);
                return false;
            }
        } else if (key == QLatin1String("region")) {
            f->region = value;
        } else if (key == QLatin1String("multipleDevices")) {
            const QString v = value.toLower();
            if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes")) {
                f->multipleDevices = true;
            } else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no")
                       || v.isEmpty()) {
                f->multipleDevices = false;
            } else {
                *error = QStringLiteral("multipleDevices: '%1' is not true or false").arg(value);
                return false;
            }
        } else {
            *error = QStringLiteral("unknown filter '%1' (known: q, user, phoneNumber, mac, ip, model, firmware, "
                                    "status, approval, region, multipleDevices)")
                         .arg(key);
            return false;
        }
    }
    return true;
}

bool DeviceFilter::fromText(const QString& text, DeviceFilter* filter, QString* error)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("'%1' is not KEY=VALUE").arg(part.trimmed());
            return false;
        }
        pairs.append({part.left(eq).trimmed(), part.mid(eq + 1)});
    }
    return fromPairs(pairs, filter, error);
}

QList<QPair<QString, QString>> DeviceFilter::toPairs() const
{
    QList<QPair<QString, QString>> pairs;
    auto add = [&](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            pairs.append({QLatin1String(key), value});
        }
    };
    add("q", text);
    add("user", user);
    add("phoneNumber", phoneNumber);
    add("mac", mac);
    add("ip", ip);
    add("model", model);
    add("firmware", firmware);
    add("status", QLatin1String(statusWord(status)));
    add("approval",
        approval == Approval::Any            ? QString()
            : approval == Approval::Approved ? QStringLiteral("approved")
                                             : QStringLiteral("pending"));
    add("region", region);
    add("multipleDevices", multipleDevices ? QStringLiteral("true") : QString());
    return pairs;
}

DeviceFilter::Status DeviceFilter::statusOf(SipStatus status)
{
    switch (status) {
    case SipStatus::Registered:
        return Status::Registered;
    case SipStatus::Disconnected:
        return Status::Disconnected;
    case SipStatus::Unknown:
    case SipStatus::Started:
    case SipStatus::Unregistered:
    case SipStatus::Offline:
        break;
    }
    return Status::NotRegistered;
}

bool DeviceFilter::matches(const Device& d, const Context& c) const
{
    if (status != Status::Any && statusOf(d.sipStatus) != status) {
        return false;
    }
    if (approval != Approval::Any && (approval == Approval::Approved) != (d.approval == ApprovalState::Approved)) {
        return false;
    }
    if (multipleDevices && c.userDeviceCount < 2) {
        return false;
    }
    if (!region.isEmpty()) {
        bool isId = false;
        const qint64 id = region.toLongLong(&isId);
        if (isId ? d.regionId != id : region.compare(c.regionName, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    if (!user.isEmpty() && !contains(c.userName, user) && !contains(c.userDisplayName, user)
        && !contains(d.reportedUser, user)) {
        return false;
    }
    if (!contains(d.phoneNumber, phoneNumber) || !contains(d.ipAddress, ip)) {
        return false;
    }
    if (exactModelAndFirmware) {
        const auto same = [](const QString& field, const QString& wanted) {
            return wanted.isNull() || field.compare(wanted, Qt::CaseInsensitive) == 0;
        };
        if (!same(d.model, model) || !same(d.firmwareVersion, firmware)) {
            return false;
        }
    } else if (!contains(d.model, model) || !contains(d.firmwareVersion, firmware)) {
        return false;
    }
    if (!mac.isEmpty() && !d.mac.toString().contains(macDigits(mac))) {
        return false;
    }
    if (!text.isEmpty()) {
        const QString digits = macDigits(text);
        const bool any = contains(c.userName, text) || contains(c.userDisplayName, text)
            || contains(d.reportedUser, text) || contains(d.displayName, text) || contains(d.phoneNumber, text)
            || contains(d.ipAddress, text) || contains(d.model, text) || contains(d.firmwareVersion, text)
            || contains(d.location, text) || (!digits.isEmpty() && d.mac.toString().contains(digits));
        if (!any) {
            return false;
        }
    }
    return true;
}
