#pragma once

#include "apienvironment.h"

struct PhoneTemplate;
struct PreviewContext;

// GET /api/v1/templates/{id}/preview?device=<id or MAC> | ?region=<id>: what the console needs
// to show a template's device file as one phone (or any phone of the template's model in a
// region) would download it: every placeholder level, the overwrite values, which template the
// phone gets now, and the file it has now. Passwords are never sent: they and the lines that
// hold them come masked. The current file goes only to those who may read it (Operators of the
// phone's region), as for GET configfiles/{id}/content.
class PreviewApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void preview(const ApiRequestPtr& r);
    // The levels and overwrite values of the context's region and device, and the template's.
    bool addValues(const ApiRequestPtr& r, PreviewContext* c);
    // The template the phone gets now, and the file it has.
    bool addCurrentFile(const ApiRequestPtr& r, const QStringList& secretValues, PreviewContext* c);
};
