#pragma once

#include "httpexchange.h"
#include "httprequestparser.h"

class AlarmForwarder;
class NewPhoneLimiter;
struct ServerState;

// The status and alarm reports phones POST:
//   /rest/v1/ipphoneMgrStatus/keep-alive and .../init  -> the phone's queued commands
//   /rest/v1/ipphoneMgrAlert/alert                     -> {}
// A report is answered only once it is committed (group commit through the writer), and it can
// change only the reporting phone's own status fields; only a report that proves the phone
// (KeepAliveProof) changes where its commands go, its user or model, and gets its commands.
// Unknown MACs add phones waiting for approval at a bounded rate (NewPhoneLimiter).
class PhoneService
{
public:
    PhoneService(ServerState& state, AlarmForwarder& forwarder, NewPhoneLimiter& newPhones);

    // Whether the path is one of this service's.
    static bool handles(const QByteArray& path);
    // A report's head: POST to a report route, a body of at most 64 KiB.
    static HttpHeadDecision inspect(const HttpRequest& head);
    void handle(const HttpExchangePtr& exchange);

private:
    void keepAlive(const HttpExchangePtr& exchange);
    // Records the commands an answer carried as delivered when it went out, or puts them back in
    // the queue when it did not.
    void settleHanded(const QVector<qint64>& commandIds, bool wentOut, const QString& mac);
    void alert(const HttpExchangePtr& exchange);

    ServerState& m_state;
    AlarmForwarder& m_forwarder;
    NewPhoneLimiter& m_newPhones;
};
