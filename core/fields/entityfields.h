#pragma once

#include "fieldtable.h"

#include "admin.h"
#include "alarm.h"
#include "auditentry.h"
#include "configfile.h"
#include "device.h"
#include "firmwarefile.h"
#include "job.h"
#include "overwritevalue.h"
#include "phonetemplate.h"
#include "placeholder.h"
#include "region.h"
#include "serversettings.h"
#include "site.h"
#include "user.h"

// The field table of each entity (entityfields.cpp). A new field is a line there, a
// migration and its entry in docs/api/openapi.yaml (tst_fieldtables checks the API file against
// the tables); the store, the API's JSON, the users CSV and the console's tables follow.
template <>
const FieldTable<Region>& fieldsOf<Region>();
template <>
const FieldTable<Site>& fieldsOf<Site>();
template <>
const FieldTable<User>& fieldsOf<User>();
template <>
const FieldTable<Device>& fieldsOf<Device>();
// A template's file: its columns are prefixed ("global_name") in the template's table.
template <>
const FieldTable<TemplateFile>& fieldsOf<TemplateFile>();
template <>
const FieldTable<PhoneTemplate>& fieldsOf<PhoneTemplate>();
template <>
const FieldTable<Placeholder>& fieldsOf<Placeholder>();
template <>
const FieldTable<OverwriteValue>& fieldsOf<OverwriteValue>();
template <>
const FieldTable<Alarm>& fieldsOf<Alarm>();
template <>
const FieldTable<FirmwareFile>& fieldsOf<FirmwareFile>();
template <>
const FieldTable<ConfigFile>& fieldsOf<ConfigFile>();
template <>
const FieldTable<AuditEntry>& fieldsOf<AuditEntry>();
template <>
const FieldTable<Job>& fieldsOf<Job>();
template <>
const FieldTable<Admin>& fieldsOf<Admin>();
// The server's settings: the "column" is the setting's name in the settings table (one row a
// setting), and its value is read and checked from text (serversettings.cpp).
template <>
const FieldTable<ServerSettings>& fieldsOf<ServerSettings>();
