#pragma once

#include "apienvironment.h"

// The users+devices file (UserCsv, the vendor's format):
//   POST /api/v1/import/users (text/csv; ?createRegions=true adds regions the file names)
//     -> {"imported": N, "usersAdded", "usersUpdated", "devicesAdded", "devicesUpdated",
//         "errors": [{"line", "message"}]}: all lines or none (errors: 422, nothing imported)
//   GET /api/v1/export/users -> the file, of the users the administrator may see, passwords left
//     out, cells a spreadsheet would run as formulas neutralised.
class UserImportApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void import(const ApiRequestPtr& r);
    void exportFile(const ApiRequestPtr& r);
};
