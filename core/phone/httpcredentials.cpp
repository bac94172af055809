#include "httpcredentials.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {
QByteArray md5Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// Constant time for equal lengths.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

// key=value, key="quoted \" value", ... as Digest sends them.
bool parseParams(const QByteArray& text, QHash<QByteArray, QByteArray>* out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text.at(i) == ' ' || text.at(i) == ',' || text.at(i) == '\t')) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != '=' && text.at(i) != ',' && text.at(i) != ' ') {
            ++i;
        }
        const QByteArray key = text.mid(keyStart, i - keyStart).toLower();
        if (i >= n || text.at(i) != '=' || key.isEmpty()) {
            return false;
        }
        ++i;
        QByteArray value;
        if (i < n && text.at(i) == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = text.at(i++);
                if (c == '\\' && i < n) {
                    value += text.at(i++);
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                return false;
            }
        } else {
            const qsizetype start = i;
            while (i < n && text.at(i) != ',' && text.at(i) != ' ') {
                ++i;
            }
            value = text.mid(start, i - start);
        }
        out->insert(key, value);
    }
    return true;
}
} // namespace

HttpCredentials HttpCredentials::parse(const QByteArray& header)
{
    HttpCredentials c;
    const QByteArray h = header.trimmed();
    if (h.isEmpty()) {
        return c;
    }
    c.m_scheme = Scheme::Malformed;
    if (h.size() > 4096) {
        return c;
    }
    const qsizetype space = h.indexOf(' ');
    const QByteArray scheme = h.left(space).toLower();
    const QByteArray rest = space < 0 ? QByteArray() : h.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(rest, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || colon < 0) {
            return c;
        }
        c.m_scheme = Scheme::Basic;
        c.m_user = QString::fromUtf8(decoded.decoded.left(colon));
        c.m_password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    } else if (scheme == "digest") {
        if (!parseParams(rest, &c.m_params)) {
            return c;
        }
        for (const char* required : {"username", "realm", "nonce", "uri", "response"}) {
            if (!c.m_params.contains(required)) {
                return c;
            }
        }
        c.m_scheme = Scheme::Digest;
        c.m_user = QString::fromUtf8(c.m_params.value("username"));
    }
    return c;
}

bool HttpCredentials::verify(const QString& user, const QString& secret, const QByteArray& method,
                             const QByteArray& target, const QByteArray& nonceKey, qint64 nowMs) const
{
    if (user.isEmpty() || secret.isEmpty() || m_user != user) {
        return false;
    }
    if (m_scheme == Scheme::Basic) {
        return sameBytes(m_password.toUtf8(), secret.toUtf8());
    }
    if (m_scheme != Scheme::Digest) {
        return false;
    }
    const QByteArray algorithm = m_params.value("algorithm", "MD5").toUpper();
    if (algorithm != "MD5" || m_params.value("uri") != target
        || !nonceIsValid(m_params.value("nonce"), nonceKey, nowMs)) {
        return false;
    }
    const QByteArray ha1 = md5Hex(user.toUtf8() + ':' + m_params.value("realm") + ':' + secret.toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + m_params.value("uri"));
    const QByteArray qop = m_params.value("qop");
    QByteArray expected;
    if (qop.isEmpty()) {
        expected = md5Hex(ha1 + ':' + m_params.value("nonce") + ':' + ha2);
    } else if (qop == "auth") {
        expected = md5Hex(ha1 + ':' + m_params.value("nonce") + ':' + m_params.value("nc") + ':'
                          + m_params.value("cnonce") + ':' + qop + ':' + ha2);
    } else {
        return false;
    }
    return sameBytes(expected, m_params.value("response").toLower());
}

QByteArray HttpCredentials::makeNonce(const QByteArray& key, qint64 timeMs)
{
    const QByteArray stamp = QByteArray::number(timeMs, 16);
    return stamp + '.' + QMessageAuthenticationCode::hash(stamp, key, QCryptographicHash::Sha256).toHex().left(32);
}

bool HttpCredentials::nonceIsValid(const QByteArray& nonce, const QByteArray& key, qint64 nowMs)
{
    const qsizetype dot = nonce.indexOf('.');
    if (dot <= 0) {
        return false;
    }
    bool ok = false;
    const qint64 stamp = nonce.left(dot).toLongLong(&ok, 16);
    if (!ok || stamp > nowMs + 60000 || nowMs - stamp > nonceLifetimeMs) {
        return false;
    }
    return sameBytes(makeNonce(key, stamp), nonce);
}

QByteArray HttpCredentials::digestChallenge(const QByteArray& realm, const QByteArray& nonceKey, qint64 nowMs)
{
    return "Digest realm=\"" + realm + "\", qop=\"auth\", algorithm=MD5, nonce=\"" + makeNonce(nonceKey, nowMs) + '"';
}

QByteArray HttpCredentials::basicChallenge(const QByteArray& realm)
{
    return "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
}
