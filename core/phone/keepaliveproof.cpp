#include "keepaliveproof.h"

bool KeepAliveProof::isPinnable(const QString& token)
{
    if (token.size() < 8 || token.size() > 128) {
        return false;
    }
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

KeepAliveProof KeepAliveProof::decide(const State& state, const QString& token, const QString& peer, bool authenticated)
{
    KeepAliveProof out;
    const bool pinnable = isPinnable(token);
    if (authenticated) {
        out.proven = true;
        out.pin = pinnable && token != state.token;
        return out;
    }
    if (!pinnable) {
        return out;
    }
    if (!state.token.isEmpty() && token == state.token) {
        out.proven = true;
        return out;
    }
    if (state.open && !state.proofAddress.isEmpty() && peer == state.proofAddress) {
        out.proven = true;
        out.pin = token != state.token;
    }
    return out;
}
