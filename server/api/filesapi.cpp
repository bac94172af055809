#include "filesapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "firmwareversion.h"
#include "phonemodels.h"
#include "provisioningpath.h"
#include "rowqueries.h"
#include "rowscope.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace {
QString nameProblem(const QString& name, const QStringList& suffixes)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!allowed.match(name).hasMatch()) {
        return QStringLiteral("'%1' is not an allowed file name: letters, digits, '.', '-' and '_', starting with a "
                              "letter or digit, at most 128 characters")
            .arg(name);
    }
    for (const QString& suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            return {};
        }
    }
    return QStringLiteral("'%1': the name must end with %2").arg(name, suffixes.join(QLatin1String(", ")));
}

QByteArray disposition(const QString& name)
{
    return "attachment; filename=\"" + name.toLatin1() + '"';
}

// The model a firmware file is for: given, or named in the file name ("430HD_3.4.3.img").
QString modelFor(const QString& given, const QString& fileName)
{
    if (!given.trimmed().isEmpty()) {
        return PhoneModels::normalise(given);
    }
    QString found;
    for (const QString& model : PhoneModels::known()) {
        const QRegularExpression word(QStringLiteral("(^|[^A-Za-z0-9])") + QRegularExpression::escape(model)
                                          + QStringLiteral("($|[^A-Za-z0-9])"),
                                      QRegularExpression::CaseInsensitiveOption);
        if (word.match(fileName).hasMatch() && model.size() > found.size()) {
            found = model;
        }
    }
    return found;
}
} // namespace

QString FilesApi::configNameProblem(const QString& name)
{
    return nameProblem(
        name, {QStringLiteral(".cfg"), QStringLiteral(".cfx"), QStringLiteral(".txt"), QStringLiteral(".xml")});
}

QString FilesApi::firmwareNameProblem(const QString& name)
{
    return nameProblem(name, {QStringLiteral(".img")});
}

void FilesApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/configfiles", ApiNeed::Read, [this](const ApiRequestPtr& r) { listConfig(r); });
    router.add("GET", "/api/v1/configfiles/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { getConfig(r); });
    router.add("GET", "/api/v1/configfiles/{id}/content", ApiNeed::Read,
               [this](const ApiRequestPtr& r) { configContent(r); });
    router.add("POST", "/api/v1/configfiles", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { uploadConfig(r); });
    router.add("PUT", "/api/v1/configfiles/{id}/content", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { replaceConfig(r); });
    router.add("DELETE", "/api/v1/configfiles/{id}", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { removeConfig(r); });
    router.add("GET", "/api/v1/firmware", ApiNeed::Read, [this](const ApiRequestPtr& r) { listFirmware(r); });
    router.add("GET", "/api/v1/firmware/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { getFirmware(r); });
    router.add("GET", "/api/v1/firmware/{id}/content", ApiNeed::Read,
               [this](const ApiRequestPtr& r) { firmwareContent(r); });
    router.add("POST", "/api/v1/firmware", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { uploadFirmware(r); });
    router.add("PUT", "/api/v1/firmware/{id}", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { updateFirmware(r); });
    router.add("DELETE", "/api/v1/firmware/{id}", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { removeFirmware(r); });
}

void FilesApi::listConfig(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    if (!r->paging(&offset, &limit)) {
        return;
    }
    RowQuery q = RowQueries::fileNames(r->query("name"));
    q.orderBy = QStringLiteral("file_name");
    const RegionScope scope = AccessPolicy::visibleRegions(r->admin());
    QVector<ConfigFile> page;
    qint64 total = 0;
    if (scope.all) {
        const StoreResult<qint64> count = store().configFiles().count(q);
        q.offset = offset;
        q.limit = limit;
        const StoreResult<QVector<ConfigFile>> rows = store().configFiles().query(q);
        if (!loaded(r, count) || !loaded(r, rows)) {
            return;
        }
        total = count.value();
        page = rows.value();
    } else {
        // Per-device files show only for phones in the administrator's regions.
        const StoreResult<QVector<Device>> devices =
            store().devices().query(RowQueries::devices(DeviceFilter(), scope));
        const StoreResult<QVector<ConfigFile>> rows = store().configFiles().query(q);
        if (!loaded(r, devices) || !loaded(r, rows)) {
            return;
        }
        QSet<qint64> visibleDevices;
        for (const Device& d : devices.value()) {
            visibleDevices.insert(d.id);
        }
        for (const ConfigFile& f : rows.value()) {
            const bool visible = f.origin == ConfigFile::Origin::Device ? visibleDevices.contains(f.deviceId)
                : f.origin == ConfigFile::Origin::Global && f.regionId > 0
                ? AccessPolicy::canSee(r->admin(), f.regionId)
                : true;
            if (visible) {
                if (total >= offset && page.size() < limit) {
                    page.append(f);
                }
                ++total;
            }
        }
    }
    QJsonArray items;
    for (const ConfigFile& f : page) {
        items.append(ApiJson::toJson(f));
    }
    r->replyList(items, total);
}

bool FilesApi::fetchConfig(const ApiRequestPtr& r, ConfigFile* file)
{
    return fetch(
        r, &Store::configFiles, "configuration file",
        [&](const ConfigFile& f) { return RowScope::of(store(), f).visibleTo(r->admin()); }, file);
}

void FilesApi::getConfig(const ApiRequestPtr& r)
{
    ConfigFile f;
    if (fetchConfig(r, &f)) {
        r->reply(200, ApiJson::toJson(f));
    }
}

void FilesApi::configContent(const ApiRequestPtr& r)
{
    ConfigFile f;
    if (!fetchConfig(r, &f)) {
        return;
    }
    const RowScope scope = RowScope::of(store(), f);
    if (f.origin == ConfigFile::Origin::Device && !scope.modifiableBy(r->admin())) {
        r->forbidden(QStringLiteral("a phone's own file holds its SIP credentials: only Operators of its region may "
                                    "read it"));
        return;
    }
    const StoreResult<QByteArray> content = store().configContent(f.id);
    if (loaded(r, content)) {
        r->replyBytes("text/plain; charset=utf-8", content.value(), {{"Content-Disposition", disposition(f.fileName)}});
    }
}

void FilesApi::uploadConfig(const ApiRequestPtr& r)
{
    const QString name = r->query("name").trimmed();
    if (const QString problem = configNameProblem(name); !problem.isEmpty()) {
        r->fail(400,
                name.isEmpty() ? QStringLiteral("give the file's name: POST /api/v1/configfiles?name=NAME") : problem);
        return;
    }
    if (!ProvisioningPath::deviceFileMac(name).isNull()) {
        r->fail(400,
                QStringLiteral("'%1' is a phone's own file name: such files are generated from its template "
                               "(change the template, placeholders or the phone's overwrite values instead)")
                    .arg(name));
        return;
    }
    if (const StoreResult<ConfigFile> existing = store().configFiles().findOne(QStringLiteral("file_name"), name);
        existing && existing->origin != ConfigFile::Origin::Uploaded) {
        r->fail(409,
                QStringLiteral("%1 is generated from a template (%2): change the template instead")
                    .arg(name,
                         existing->origin == ConfigFile::Origin::Device ? QStringLiteral("a phone's own file")
                                                                        : QStringLiteral("a global file")));
        return;
    }
    const QByteArray bytes = r->http().body();
    if (bytes.size() > maxConfigBytes) {
        r->fail(413, QStringLiteral("a configuration file is at most %1 KB").arg(maxConfigBytes / 1024));
        return;
    }
    ConfigFile f;
    f.fileName = name;
    f.updatedAt = QDateTime::currentDateTimeUtc();
    auto stored = std::make_shared<ConfigFile>();
    write(
        r, {QStringLiteral("upload configuration file"), name, QStringLiteral("%1 bytes").arg(bytes.size())},
        [f, bytes, stored](Store& s, AuditNote*) -> StoreError {
            StoreResult<ConfigFile> saved = s.saveConfigFile(f, bytes);
            if (saved) {
                *stored = saved.value();
            }
            return saved.error();
        },
        [r, stored] { r->reply(201, ApiJson::toJson(*stored)); });
}

void FilesApi::replaceConfig(const ApiRequestPtr& r)
{
    ConfigFile f;
    if (!fetchConfig(r, &f) || !r->revision({}, &f.revision)) {
        return;
    }
    if (f.origin != ConfigFile::Origin::Uploaded || !ProvisioningPath::deviceFileMac(f.fileName).isNull()) {
        r->fail(409,
                QStringLiteral("%1 is generated from a template: change the template instead (the next "
                               "generation would undo this)")
                    .arg(f.fileName));
        return;
    }
    const QByteArray bytes = r->http().body();
    if (bytes.size() > maxConfigBytes) {
        r->fail(413, QStringLiteral("a configuration file is at most %1 KB").arg(maxConfigBytes / 1024));
        return;
    }
    f.updatedAt = QDateTime::currentDateTimeUtc();
    auto stored = std::make_shared<ConfigFile>();
    write(
        r, {QStringLiteral("replace configuration file"), f.fileName, QStringLiteral("%1 bytes").arg(bytes.size())},
        [f, bytes, stored](Store& s, AuditNote*) -> StoreError {
            StoreResult<ConfigFile> saved = s.saveConfigFile(f, bytes);
            if (saved) {
                *stored = saved.value();
            }
            return saved.error();
        },
        [r, stored] { r->reply(200, ApiJson::toJson(*stored)); });
}

void FilesApi::removeConfig(const ApiRequestPtr& r)
{
    ConfigFile f;
    qint64 revision = 0;
    if (!fetchConfig(r, &f) || !r->revision({}, &revision)) {
        return;
    }
    if (f.origin == ConfigFile::Origin::Device || !ProvisioningPath::deviceFileMac(f.fileName).isNull()) {
        r->fail(409, QStringLiteral("%1 is a phone's own file: it goes when the phone is removed").arg(f.fileName));
        return;
    }
    removeRow(r, &Store::configFiles, f.id, revision, {QStringLiteral("remove configuration file"), f.fileName, {}});
}

void FilesApi::listFirmware(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    if (!r->paging(&offset, &limit)) {
        return;
    }
    RowQuery q = RowQueries::fileNames(r->query("name"));
    if (r->hasQuery("model")) {
        q.where +=
            QString(q.where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("LOWER(model) = ?");
        q.binds.append(PhoneModels::normalise(r->query("model")).toLower());
    }
    q.orderBy = QStringLiteral("file_name");
    const StoreResult<qint64> total = store().firmwareFiles().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<FirmwareFile>> rows = store().firmwareFiles().query(q);
    if (!loaded(r, total) || !loaded(r, rows)) {
        return;
    }
    QJsonArray items;
    for (const FirmwareFile& f : rows.value()) {
        items.append(ApiJson::toJson(f));
    }
    r->replyList(items, total.value());
}

void FilesApi::getFirmware(const ApiRequestPtr& r)
{
    FirmwareFile f;
    if (fetch(
            r, &Store::firmwareFiles, "firmware file", [](const FirmwareFile&) { return true; }, &f)) {
        r->reply(200, ApiJson::toJson(f));
    }
}

void FilesApi::firmwareContent(const ApiRequestPtr& r)
{
    FirmwareFile f;
    if (!fetch(
            r, &Store::firmwareFiles, "firmware file", [](const FirmwareFile&) { return true; }, &f)) {
        return;
    }
    const StoreResult<QByteArray> content = store().firmwareContent(f.id);
    if (loaded(r, content)) {
        r->replyBytes("application/octet-stream", content.value(), {{"Content-Disposition", disposition(f.fileName)}});
    }
}

void FilesApi::uploadFirmware(const ApiRequestPtr& r)
{
    const QString name = r->query("name").trimmed();
    if (const QString problem = firmwareNameProblem(name); !problem.isEmpty()) {
        r->fail(400,
                name.isEmpty() ? QStringLiteral("give the file's name: POST /api/v1/firmware?name=NAME.img") : problem);
        return;
    }
    // The image was spooled to a temporary file as it came (AdminService::inspect): it is read
    // from there a piece at a time and never held whole in memory.
    const std::shared_ptr<QTemporaryFile> image = r->http().bodyFile();
    const qint64 size = image ? image->size() : r->http().body().size();
    if (size == 0) {
        r->fail(400, QStringLiteral("the request body must be the image"));
        return;
    }
    if (size > maxFirmwareBytes) {
        r->fail(413, QStringLiteral("a firmware image is at most %1 MB").arg(maxFirmwareBytes / (1024 * 1024)));
        return;
    }
    FirmwareFile f;
    f.fileName = name;
    f.model = modelFor(r->query("model"), name);
    f.version = r->query("version").trimmed();
    QByteArray head = r->http().body().left(FirmwareVersion::headerBytes);
    if (image && image->seek(0)) {
        head = image->read(FirmwareVersion::headerBytes);
    }
    if (f.version.isEmpty()) {
        // A version the name does not give is in the image's header.
        f.version = FirmwareVersion::detect(name, head);
    }
    // The manual documents no header to check an image against; a vendor image names its version
    // or its model in its first bytes. One that names neither is accepted, with a warning: a
    // file of random bytes would make every phone of the model fail its upgrade.
    QString warning;
    if (!f.model.isEmpty() && FirmwareVersion::fromContents(head).isEmpty()
        && !head.toLower().contains(f.model.toLower().toLatin1())) {
        warning = QStringLiteral("the image names neither a version nor the model %1 in its first %2 KB: check that "
                                 "it is the vendor's firmware for %1 before phones install it")
                      .arg(f.model)
                      .arg(FirmwareVersion::headerBytes / 1024);
    }
    if (f.model.isEmpty()) {
        r->fail(400,
                QStringLiteral("which model is %1 for? Give ?model=MODEL (%2)")
                    .arg(name, PhoneModels::known().join(QLatin1String(", "))));
        return;
    }
    if (f.version.isEmpty()) {
        r->fail(400,
                QStringLiteral("neither the name nor the image of %1 says its version: give ?version=X.Y.Z").arg(name));
        return;
    }
    f.uploadedAt = QDateTime::currentDateTimeUtc();
    auto stored = std::make_shared<FirmwareFile>();
    const QByteArray inMemory = image ? QByteArray() : r->http().body();
    write(
        r,
        {QStringLiteral("upload firmware"), name, QStringLiteral("%1 %2, %3 bytes").arg(f.model, f.version).arg(size)},
        [f, image, inMemory, stored](Store& s, AuditNote*) -> StoreError {
            StoreResult<FirmwareFile> saved =
                image ? s.setFirmwareContent(f, image.get()) : s.setFirmwareContent(f, inMemory);
            if (saved) {
                *stored = saved.value();
            }
            return saved.error();
        },
        [r, stored, warning] {
            QJsonObject answer = ApiJson::toJson(*stored);
            if (!warning.isEmpty()) {
                answer.insert(QStringLiteral("warning"), warning);
            }
            r->reply(201, answer);
        });
}

void FilesApi::updateFirmware(const ApiRequestPtr& r)
{
    FirmwareFile f;
    QJsonObject body;
    QString error;
    if (!fetch(
            r, &Store::firmwareFiles, "firmware file", [](const FirmwareFile&) { return true; }, &f)
        || !r->object(&body) || !r->revision(body, &f.revision)) {
        return;
    }
    const FirmwareFile before = f;
    if (!ApiJson::fromJson(body, &f, &error)) {
        r->fail(400, error);
        return;
    }
    if (f.model.isEmpty() || f.version.trimmed().isEmpty()) {
        r->fail(400, QStringLiteral("a firmware file needs a model and a version"));
        return;
    }
    updateRow(r, &Store::firmwareFiles, f,
              {QStringLiteral("change firmware"), f.fileName, ApiWrite::changes(before, f)},
              [](const FirmwareFile& x) { return ApiJson::toJson(x); });
}

void FilesApi::removeFirmware(const ApiRequestPtr& r)
{
    FirmwareFile f;
    qint64 revision = 0;
    if (fetch(
            r, &Store::firmwareFiles, "firmware file", [](const FirmwareFile&) { return true; }, &f)
        && r->revision({}, &revision)) {
        removeRow(r, &Store::firmwareFiles, f.id, revision, {QStringLiteral("remove firmware"), f.fileName, {}});
    }
}
