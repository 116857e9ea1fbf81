#include "http/requestfingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::server {

namespace {

// Members that hold a credential, wherever they sit in a body.
bool isCredential(const QString& member)
{
    return member == u"pin";
}

// Removes every credential member from `value`, at any depth; true when one was there.
bool dropCredentials(QJsonValue& value)
{
    bool dropped = false;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end();) {
            if (isCredential(it.key())) {
                it = object.erase(it);
                dropped = true;
                continue;
            }
            QJsonValue member = it.value();
            if (dropCredentials(member)) {
                it.value() = member;
                dropped = true;
            }
            ++it;
        }
        if (dropped)
            value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            if (dropCredentials(element)) {
                array.replace(i, element);
                dropped = true;
            }
        }
        if (dropped)
            value = array;
    }
    return dropped;
}

// A member named "pin" is spelled so in the body, or with an escape (`"\u0070in"`): a body with
// neither cannot hold one, and skips the parse.
bool mayHoldCredential(std::string_view body)
{
    return body.find("pin") != std::string_view::npos || body.find('\\') != std::string_view::npos;
}

} // namespace

QByteArray requestFingerprint(std::string_view method, std::string_view path, std::string_view body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(method));
    hash.addData(QByteArrayView("\n"));
    hash.addData(QByteArrayView(path));
    hash.addData(QByteArrayView("\n"));
    const QByteArray raw = QByteArray::fromRawData(body.data(), qsizetype(body.size()));
    if (mayHoldCredential(body)) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
        QJsonValue parsed = document.object();
        // The body the handler reads (the same parse), compact, without its credentials.
        if (error.error == QJsonParseError::NoError && document.isObject() && dropCredentials(parsed)) {
            hash.addData(QJsonDocument(parsed.toObject()).toJson(QJsonDocument::Compact));
            return hash.result();
        }
    }
    // Any other body is hashed as it came, as before this rule: records kept from before it still
    // replay, so a till's outbox retrying across a server upgrade gets its answer, not a 422.
    hash.addData(raw);
    return hash.result();
}

} // namespace comptoir::server
