#pragma once

#include "apienvironment.h"

#include "configfile.h"

// /api/v1/configfiles and /api/v1/firmware: the files phones download. System administrators
// upload, replace and remove them; everyone may list and read them, except that a phone's own
// generated file (it holds SIP credentials) is listed only to those who see the phone's region
// and read only by its Operators. Upload names are checked against an allow-list; a name that
// a phone would take for its own file cannot be uploaded (such files are generated).
class FilesApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

    static constexpr qint64 maxConfigBytes = 1024 * 1024;
    static constexpr qint64 maxFirmwareBytes = 150LL * 1024 * 1024;
    // Upload names: [A-Za-z0-9][A-Za-z0-9._-]*, at most 128 characters, ending .cfg/.cfx/.txt/.xml
    // (configuration files) or .img (firmware).
    static QString configNameProblem(const QString& name);
    static QString firmwareNameProblem(const QString& name);

private:
    void listConfig(const ApiRequestPtr& r);
    void getConfig(const ApiRequestPtr& r);
    void configContent(const ApiRequestPtr& r);
    void uploadConfig(const ApiRequestPtr& r);
    void replaceConfig(const ApiRequestPtr& r);
    void removeConfig(const ApiRequestPtr& r);
    void listFirmware(const ApiRequestPtr& r);
    void getFirmware(const ApiRequestPtr& r);
    void firmwareContent(const ApiRequestPtr& r);
    void uploadFirmware(const ApiRequestPtr& r);
    void updateFirmware(const ApiRequestPtr& r);
    void removeFirmware(const ApiRequestPtr& r);
    bool fetchConfig(const ApiRequestPtr& r, ConfigFile* file);
};
