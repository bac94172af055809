#pragma once

#include "httpexchange.h"

class AlarmForwarder;
struct ServerState;

// The status and alarm reports phones POST:
//   /rest/v1/ipphoneMgrStatus/keep-alive and .../init  -> the phone's queued commands
//   /rest/v1/ipphoneMgrAlert/alert                     -> {}
// A report is answered only once it is committed (group commit through the writer), and it can
// change only the reporting phone's own status fields.
class PhoneService
{
public:
    PhoneService(ServerState& state, AlarmForwarder& forwarder);

    // Whether the path is one of this service's.
    static bool handles(const QByteArray& path);
    void handle(const HttpExchangePtr& exchange);

private:
    void keepAlive(const HttpExchangePtr& exchange);
    void alert(const HttpExchangePtr& exchange);

    ServerState& m_state;
    AlarmForwarder& m_forwarder;
};
