#include "kioskorders.h"

#include "comptoir/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::test {

QByteArray carryOutOrder(const QString& id, const QString& sku, const QString& store, bool offline)
{
    const QJsonObject order{
        {u"id"_qs, id},
        {u"channel"_qs, u"kiosk"_qs},
        {u"offline"_qs, offline},
        {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}},
        {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"carry_out"_qs}, {u"location_id"_qs, store}}},
    };
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QueuedOrder enqueueCarryOut(sync::SyncClient& client, const QString& sku, const QString& store, bool offline)
{
    QueuedOrder queued{0, newId(u"ord"_qs)};
    const QByteArray body = carryOutOrder(queued.orderId, sku, store, offline);
    queued.entryId = client.enqueueOrder(queued.orderId, body, body);
    return queued;
}

} // namespace comptoir::test
