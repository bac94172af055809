#pragma once

#include "apienvironment.h"

#include "phonetemplate.h"

// /api/v1/templates: configuration templates, system-wide (regionId null: everyone reads them,
// system administrators change them) or a region's (its Operators change them). One template per
// region may be its default; marking another one moves the mark. Also: clone (with its template
// placeholders), restore to the shipped default of its model, and the vendor's XML both ways.
class TemplatesApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void list(const ApiRequestPtr& r);
    // The phones whose generated file left placeholders unresolved (of one template; 0: of the
    // shipped defaults), in the regions the administrator sees.
    void unresolvedPhones(const ApiRequestPtr& r);
    void get(const ApiRequestPtr& r);
    void create(const ApiRequestPtr& r);
    void update(const ApiRequestPtr& r);
    void remove(const ApiRequestPtr& r);
    void clone(const ApiRequestPtr& r);
    void restoreDefault(const ApiRequestPtr& r);
    void exportXml(const ApiRequestPtr& r);
    void importXml(const ApiRequestPtr& r);
    // The template may be saved where it says (region exists, administrator may change it there).
    // The template's file names (TemplateFileNames); mayScope: a regional template whose global
    // file name is another scope's gets a name of its region's own instead of a refusal.
    bool fileNamesAllowed(const ApiRequestPtr& r, PhoneTemplate* t, bool mayScope);
    bool placementAllowed(const ApiRequestPtr& r, const PhoneTemplate& t);
    bool fetchVisible(const ApiRequestPtr& r, PhoneTemplate* t);
    void save(const ApiRequestPtr& r, const PhoneTemplate& t, const AuditNote& note, bool isNew,
              qint64 copyPlaceholdersFrom = 0);
};
