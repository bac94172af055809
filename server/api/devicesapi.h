#pragma once

#include "apienvironment.h"

#include "device.h"

class JsonWriter;

// /api/v1/devices: the phones, filtered as Devices Status does (DeviceFilter's keys as query
// parameters), sorted and paged; added, changed, approved and removed by administrators who are
// Operator of the phone's region (of both regions, when a phone moves). A phone's file credentials
// never leave the server.
class DevicesApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

    // The devices as the API shows them, with their user's and region's names.
    static QJsonArray items(Store& store, const QVector<Device>& devices);
    // The same, written as a JSON array (for lists: no QJsonObject per phone).
    static void writeItems(JsonWriter& writer, Store& store, const QVector<Device>& devices);

private:
    void list(const ApiRequestPtr& r);
    void get(const ApiRequestPtr& r);
    void create(const ApiRequestPtr& r);
    void update(const ApiRequestPtr& r);
    void remove(const ApiRequestPtr& r);
    void approve(const ApiRequestPtr& r);
    // The user and region a device is given exist, and the administrator may put it there.
    bool placementAllowed(const ApiRequestPtr& r, const Device& device);
    // The body's fields applied to *device, checked, and placement allowed; else answered.
    bool applied(const ApiRequestPtr& r, const QJsonObject& body, Device* device);
};
