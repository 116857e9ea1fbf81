#pragma once
// Shoppers' analytics (API.md "Analytics"): batches of events from kiosks and the web shop,
// checked, rate limited per address and stored, and the funnel managers read from them.

#include "comptoir/jsonreader.h"
#include "domain/addressratelimit.h"
#include "domain/principal.h"
#include "store/store.h"

#include <QJsonObject>
#include <chrono>

namespace comptoir::server {

// An analytics session id is opaque to the server but bounded: 8–64 printable ASCII characters
// without spaces (a UUID fits). Events and orders check it alike.
inline constexpr int kSessionIdMinLength = 8;
inline constexpr int kSessionIdMaxLength = 64;
[[nodiscard]] bool isValidSessionId(const QString& id);
// Reads an optional session id at `key`, recording a field error when it is not a valid one.
[[nodiscard]] QString readOptionalSessionId(JsonReader& reader, const QString& key);

struct FunnelReport {
    FunnelCounts counts;
    double conversionRate = 0;      // orders ÷ sessions
    double cartAbandonmentRate = 0; // (carts − carts that reached a paid order) ÷ carts
};

class AnalyticsService {
public:
    struct Settings {
        int requestsPerMinute = 120;         // per address, for POST /events
        int maxEventsPerRequest = 100;       // API.md
        std::chrono::seconds clockSkew{300}; // how far in the future an event's time may be
        std::chrono::hours maxAge{24};       // older events are dropped, not stored
    };
    struct Recorded {
        int stored = 0;
        int dropped = 0; // older than maxAge: accepted so the client's outbox lets them go
    };

    AnalyticsService(Store& store, Settings settings);

    // Checks the whole batch first: one wrong event refuses the batch (422 naming each event's
    // index and field) and nothing is stored; 429 past the address's rate.
    Recorded record(const QJsonObject& body, const std::string& address,
                    const QDateTime& now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] FunnelReport funnel(const Principal& principal, const FunnelQuery& query);

private:
    Store& m_store;
    Settings m_settings;
    AddressRateLimit m_rateLimit;
};

} // namespace comptoir::server
