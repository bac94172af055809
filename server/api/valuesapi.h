#pragma once

#include "apienvironment.h"

#include "overwritevalue.h"
#include "placeholder.h"

// /api/v1/placeholders and /api/v1/overwrites: %ITCS_...% values at the system, template, region
// and device levels, and cfg keys set outright for a region or a device. A value stands where
// its owner does: system values and those of system-wide templates are changed by system
// administrators, the others by Operators of the owner's region. Placeholder values also come and
// go as the vendor's CSV files, one level a file.
class ValuesApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    template <class T>
    void addRoutesOf(ApiRouter& router, const char* collection, const char* row);
    template <class T>
    void list(const ApiRequestPtr& r);
    template <class T>
    void get(const ApiRequestPtr& r);
    template <class T>
    void create(const ApiRequestPtr& r);
    template <class T>
    void update(const ApiRequestPtr& r);
    template <class T>
    void remove(const ApiRequestPtr& r);
    // Applies body's fields to *row; false (and the request answered 400) if they are not valid.
    template <class T>
    bool read(const ApiRequestPtr& r, const QJsonObject& body, T* row);
    template <class T>
    bool fetchVisible(const ApiRequestPtr& r, T* row);
    // The owner exists and the administrator may change values there.
    bool ownerAllowed(const ApiRequestPtr& r, PlaceholderLevel level, qint64 ownerId);
    // POST /api/v1/import/placeholders, GET /api/v1/export/placeholders?level=: the vendor's
    // placeholder files (PlaceholderCsv), all lines or none.
    void importFile(const ApiRequestPtr& r);
    void exportFile(const ApiRequestPtr& r);
};
