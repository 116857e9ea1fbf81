#include "app/analytics/shopperanalytics.h"

#include "app/core/applog.h"
#include "app/session/session.h"
#include "comptoir/codecs.h"
#include "sync/syncclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace comptoir::app {

ShopperAnalytics::ShopperAnalytics(Session& session, QString channel, Settings settings, QObject* parent)
    : QObject(parent), m_session(session), m_channel(std::move(channel)), m_settings(std::move(settings))
{
    rotate();
    m_flushTimer.setInterval(m_settings.flushInterval);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ShopperAnalytics::flush);
}

QDateTime ShopperAnalytics::now() const
{
    return m_settings.now ? m_settings.now() : QDateTime::currentDateTimeUtc();
}

void ShopperAnalytics::rotate()
{
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lastActivity = QDateTime();
    emit sessionIdChanged();
}

QString ShopperAnalytics::sessionId()
{
    if (m_lastActivity.isValid() && m_lastActivity.msecsTo(now()) > m_settings.idleRotation.count())
        rotate();
    return m_sessionId;
}

void ShopperAnalytics::productViewed(const QString& productId, const QString& sku)
{
    record(u"view_product"_qs, productId, sku);
}

void ShopperAnalytics::addedToCart(const QString& productId, const QString& sku)
{
    record(u"add_to_cart"_qs, productId, sku);
}

void ShopperAnalytics::checkoutBegun()
{
    record(u"begin_checkout"_qs, {}, {});
    // The order follows within moments: its session's events go first.
    flush();
}

void ShopperAnalytics::record(const QString& type, const QString& productId, const QString& sku)
{
    if (type != u"begin_checkout" && productId.isEmpty() && sku.isEmpty())
        return; // nothing to say what was looked at (the server would refuse the whole batch)
    const QString session = sessionId();
    m_lastActivity = now();
    m_buffer.append({session, type, productId.left(64), sku.left(64), m_lastActivity});
    while (m_buffer.size() > m_settings.maxBuffered)
        m_buffer.removeFirst();
    if (m_buffer.size() >= m_settings.maxBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ShopperAnalytics::flush()
{
    m_flushTimer.stop();
    sync::SyncClient* sync = m_session.sync();
    if (!sync)
        return; // not connected to a server yet: kept (bounded) until the next flush
    const QDateTime oldest =
        now().addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_settings.maxAge).count());
    QList<sync::OutboxRequest> batches;
    QJsonArray events;
    const auto close = [&] {
        if (events.isEmpty())
            return;
        sync::OutboxRequest request;
        request.path = u"/events"_qs;
        request.body = QJsonDocument(QJsonObject{{u"events"_qs, events}}).toJson(QJsonDocument::Compact);
        request.entity = u"analytics"_qs;
        batches.append(request);
        events = QJsonArray();
    };
    for (const Recorded& r : std::as_const(m_buffer)) {
        if (r.at < oldest)
            continue; // a day old: the funnel no longer wants it
        QJsonObject e{{u"session_id"_qs, r.sessionId},
                      {u"channel"_qs, m_channel},
                      {u"type"_qs, r.type},
                      {u"at"_qs, toRfc3339(r.at)}};
        if (!r.productId.isEmpty())
            e.insert(u"product_id"_qs, r.productId);
        if (!r.sku.isEmpty())
            e.insert(u"sku"_qs, r.sku);
        events.append(e);
        if (events.size() == m_settings.maxBatch)
            close();
    }
    close();
    if (batches.isEmpty()) {
        m_buffer.clear();
        return;
    }
    try {
        sync->enqueueAnonymous(batches);
        m_buffer.clear();
    } catch (const std::exception& e) {
        // The cache refused the write: keep the events for the next flush (bounded).
        qCWarning(lcApp) << "analytics events not queued:" << e.what();
        m_flushTimer.start();
    }
}

void ShopperAnalytics::endSession()
{
    flush();
    rotate();
}

} // namespace comptoir::app
