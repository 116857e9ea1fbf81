#include "domain/analyticsservice.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

const QStringList& eventChannels()
{
    static const QStringList all = {u"kiosk"_qs, u"web"_qs};
    return all;
}

const QStringList& eventTypes()
{
    static const QStringList all = {u"view_product"_qs, u"add_to_cart"_qs, u"begin_checkout"_qs};
    return all;
}

double ratio(qint64 numerator, qint64 divisor)
{
    return divisor == 0 ? 0.0 : double(numerator) / double(divisor);
}

} // namespace

bool isValidSessionId(const QString& id)
{
    if (id.size() < kSessionIdMinLength || id.size() > kSessionIdMaxLength)
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

QString readOptionalSessionId(JsonReader& reader, const QString& key)
{
    const QString id = reader.optionalString(key, 1000).value_or(QString());
    if (!id.isEmpty() && !isValidSessionId(id))
        reader.fail(key,
                    u"must be %1 to %2 printable ASCII characters without spaces"_qs.arg(kSessionIdMinLength)
                        .arg(kSessionIdMaxLength));
    return isValidSessionId(id) ? id : QString();
}

AnalyticsService::AnalyticsService(Store& store, Settings settings)
    : m_store(store), m_settings(settings), m_rateLimit(settings.requestsPerMinute, std::chrono::seconds(60))
{
}

AnalyticsService::Recorded AnalyticsService::record(const QJsonObject& body, const std::string& address,
                                                    const QDateTime& now)
{
    if (const int wait = m_rateLimit.admit(address))
        throw Unavailable::throttled(
            u"Too many analytics batches from this address; wait before sending more."_qs, wait);
    JsonReader r(body);
    // Read past the limit so the answer can say how many were sent; the body limit bounds it.
    const QJsonArray events = r.array(u"events"_qs, std::numeric_limits<int>::max());
    if (r.ok() && (events.isEmpty() || events.size() > m_settings.maxEventsPerRequest))
        r.fail(u"events"_qs, u"must hold 1 to %1 events (%2 sent); send them in batches"_qs
                                 .arg(m_settings.maxEventsPerRequest)
                                 .arg(events.size()));
    r.throwIfErrors();

    const QDateTime latest = now.addSecs(m_settings.clockSkew.count());
    const QDateTime oldest =
        now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_settings.maxAge).count());
    QList<AnalyticsEvent> kept;
    Recorded result;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString at = u"events[%1]"_qs.arg(i);
        if (!events[i].isObject()) {
            r.fail(at, u"must be an object"_qs);
            continue;
        }
        JsonReader er = r.nested(events[i].toObject(), at);
        AnalyticsEvent e;
        e.sessionId = er.string(u"session_id"_qs, 1000);
        if (!e.sessionId.isEmpty() && !isValidSessionId(e.sessionId))
            er.fail(u"session_id"_qs,
                    u"must be %1 to %2 printable ASCII characters without spaces"_qs.arg(kSessionIdMinLength)
                        .arg(kSessionIdMaxLength));
        e.channel = er.string(u"channel"_qs, 16);
        if (!e.channel.isEmpty() && !eventChannels().contains(e.channel))
            er.fail(u"channel"_qs, u"must be kiosk or web"_qs);
        e.type = er.string(u"type"_qs, 32);
        if (!e.type.isEmpty() && !eventTypes().contains(e.type))
            er.fail(u"type"_qs, u"must be view_product, add_to_cart or begin_checkout"_qs);
        e.productId = er.optionalString(u"product_id"_qs, 64).value_or(QString());
        e.sku = er.optionalString(u"sku"_qs, 64).value_or(QString());
        if ((e.type == u"view_product" || e.type == u"add_to_cart") && e.productId.isEmpty() &&
            e.sku.isEmpty())
            er.fail(u"product_id"_qs, u"is required (or sku) for %1"_qs.arg(e.type));
        const QString atText = er.string(u"at"_qs, 64);
        if (!atText.isEmpty()) {
            e.at = fromRfc3339(atText);
            if (!e.at.isValid())
                er.fail(u"at"_qs, u"must be an RFC 3339 time such as 2026-12-06T14:30:00Z"_qs);
            else if (e.at > latest)
                er.fail(u"at"_qs, u"is in the future; check the device's clock"_qs);
        }
        if (!e.at.isValid() || e.at > latest)
            continue;
        // An event older than a day is dropped: a device that was offline that long sends it
        // once, it is acknowledged, and it never comes back.
        if (e.at < oldest)
            ++result.dropped;
        else
            kept.append(e);
    }
    r.throwIfErrors();
    if (!kept.isEmpty())
        m_store.appendEvents(kept);
    result.stored = int(kept.size());
    return result;
}

FunnelReport AnalyticsService::funnel(const Principal& principal, const FunnelQuery& query)
{
    requireRole(principal, Role::Manager);
    FunnelReport report;
    report.counts = m_store.funnel(query);
    const FunnelCounts& c = report.counts;
    report.conversionRate = ratio(c.orders, c.sessions);
    report.cartAbandonmentRate = ratio(c.carts - c.cartsOrdered, c.carts);
    return report;
}

} // namespace comptoir::server
