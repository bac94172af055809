#include "consolesettings.h"

#include <QByteArray>

namespace {
struct Entry
{
    ConsoleSettings::Key key;
    ConsoleSettings::File file;
    const char* name;
    QMetaType::Type type;
    QVariant defaultValue;
};

const Entry& entry(ConsoleSettings::Key key)
{
    using K = ConsoleSettings::Key;
    using F = ConsoleSettings::File;
    static const Entry entries[] = {
        {K::Version, F::Console, "settings/version", QMetaType::Int, 1},
        {K::WindowGeometry, F::Console, "window/geometry", QMetaType::QByteArray, QByteArray()},
        {K::WindowState, F::Console, "window/state", QMetaType::QByteArray, QByteArray()},
        {K::WindowPage, F::Console, "window/page", QMetaType::QString, QString()},
        {K::DevicesColumns, F::Console, "devices/columns", QMetaType::QByteArray, QByteArray()},
        {K::DevicesColumnWidthsByHand, F::Console, "devices/columnWidthsByHand", QMetaType::Bool, false},
        {K::Language, F::Console, "ui/language", QMetaType::QString, QString()},
        {K::LastProfile, F::Connections, "last", QMetaType::QString, QString()},
    };
    for (const Entry& e : entries) {
        if (e.key == key) {
            return e;
        }
    }
    Q_UNREACHABLE();
}
} // namespace

std::unique_ptr<QSettings> ConsoleSettings::open(File file)
{
    const QString organisation = QStringLiteral("PhoneFleet");
    switch (file) {
    case File::Connections:
        return std::make_unique<QSettings>(organisation, QStringLiteral("connections"));
    case File::KnownServers:
        return std::make_unique<QSettings>(organisation, QStringLiteral("known-servers"));
    case File::Console:
        break;
    }
    return std::make_unique<QSettings>(organisation, QStringLiteral("phonefleet"));
}

QString ConsoleSettings::name(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant ConsoleSettings::value(Key key)
{
    const Entry& e = entry(key);
    QVariant v = open(e.file)->value(QLatin1String(e.name), e.defaultValue);
    // What does not read as the key's type (a hand-edited file) is the default.
    if (!v.convert(QMetaType(e.type))) {
        return e.defaultValue;
    }
    return v;
}

void ConsoleSettings::setValue(Key key, const QVariant& value)
{
    const Entry& e = entry(key);
    std::unique_ptr<QSettings> s = open(e.file);
    s->setValue(QLatin1String(e.name), value);
}

void ConsoleSettings::reset(Key key)
{
    const Entry& e = entry(key);
    open(e.file)->remove(QLatin1String(e.name));
}

void ConsoleSettings::migrate()
{
    std::unique_ptr<QSettings> s = open(File::Console);
    const int version = s->value(name(Key::Version), 1).toInt();
    if (version >= currentVersion) {
        return;
    }
    if (version < 2) {
        const QString old = QStringLiteral("pages/devices/header");
        if (s->contains(old) && !s->contains(name(Key::DevicesColumns))) {
            s->setValue(name(Key::DevicesColumns), s->value(old));
        }
        s->remove(old);
        s->remove(QStringLiteral("pages")); // the group, once empty
    }
    s->setValue(name(Key::Version), currentVersion);
    s->sync();
}
