#include "domain/idempotency.h"

#include "domain/errors.h"

namespace comptoir::server {

bool Idempotency::isValidKey(const std::string& key)
{
    if (key.empty() || key.size() > 255)
        return false;
    for (unsigned char c : key)
        if (c < 0x20 || c > 0x7e)
            return false;
    return true;
}

Idempotency::Outcome Idempotency::run(const QString& scope, const QString& key, const QByteArray& requestHash,
                                      const std::function<StoredResponse()>& work,
                                      const std::function<void()>& prepare)
{
    const auto slot = std::make_pair(scope, key);
    {
        std::lock_guard lock(m_mutex);
        if (!m_inFlight.insert(slot).second)
            // Its own problem type: a client retries this 409, unlike a business conflict.
            throw Conflict::busy(
                u"A request with this Idempotency-Key is still being processed; retry shortly."_qs,
                {{u"type"_qs, u"urn:comptoir:problem:idempotency-in-flight"_qs}}, 1);
    }
    struct Release {
        Idempotency& self;
        std::pair<QString, QString> slot;
        ~Release()
        {
            std::lock_guard lock(self.m_mutex);
            self.m_inFlight.erase(slot);
        }
    } release{*this, slot};

    Outcome outcome;
    // A stored answer for this key: the same request replays it, another one is refused.
    const auto replay = [&]() -> bool {
        const auto record = m_store.idempotencyRecord(scope, key);
        if (!record)
            return false;
        if (record->first != requestHash)
            throw Invalid::withDetail(
                u"This Idempotency-Key was already used with a different request."_qs,
                {{u"errors"_qs,
                  QJsonArray{QJsonObject{{u"field"_qs, u"Idempotency-Key"_qs},
                                         {u"message"_qs, u"was already used with another body"_qs}}}}});
        outcome = Outcome{record->second, true};
        return true;
    };
    if (prepare) {
        if (replay())
            return outcome;
        prepare();
    }
    m_store.transaction([&] {
        if (replay())
            return;
        outcome.response = work();
        if (outcome.response.status >= 200 && outcome.response.status < 300)
            m_store.saveIdempotencyRecord(scope, key, requestHash, outcome.response);
    });
    return outcome;
}

} // namespace comptoir::server
