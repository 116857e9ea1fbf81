#include "app/staff/returnslip.h"

#include <QJsonArray>

namespace comptoir::app {

namespace {

qint64 amountOf(const QJsonValue& money)
{
    return money.toObject().value(u"amount"_qs).toInteger();
}

} // namespace

qint64 ReturnSlip::tax() const
{
    qint64 sum = 0;
    for (const Line& l : lines)
        sum += l.tax;
    return sum;
}

qint64 ReturnSlip::units() const
{
    qint64 sum = 0;
    for (const Line& l : lines)
        sum += l.quantity;
    return sum;
}

ReturnSlip ReturnSlip::fromAnswer(const QJsonObject& taken)
{
    ReturnSlip slip;
    slip.returnId = taken.value(u"id"_qs).toString();
    slip.orderId = taken.value(u"order_id"_qs).toString();
    slip.orderNumber = taken.value(u"order_number"_qs).toString();
    slip.currency = taken.value(u"refund_total"_qs).toObject().value(u"currency"_qs).toString();
    slip.at = QDateTime::fromString(taken.value(u"created_at"_qs).toString(), Qt::ISODateWithMs);
    slip.restock = taken.value(u"restock"_qs).toBool();
    slip.reason = taken.value(u"reason"_qs).toString();
    slip.refundTotal = amountOf(taken.value(u"refund_total"_qs));
    for (const QJsonValue& v : taken.value(u"lines"_qs).toArray()) {
        const QJsonObject l = v.toObject();
        slip.lines.append({l.value(u"sku"_qs).toString(), l.value(u"name"_qs).toString(),
                           l.value(u"quantity"_qs).toInteger(), amountOf(l.value(u"refund"_qs)),
                           amountOf(l.value(u"tax"_qs))});
    }
    // One row per method, however many payments the sale was split over.
    for (const QJsonValue& v : taken.value(u"refunds"_qs).toArray()) {
        const QJsonObject r = v.toObject();
        const QString method =
            r.value(u"method"_qs).toString() == u"terminal" ? u"card"_qs : r.value(u"method"_qs).toString();
        const auto same = std::find_if(slip.refunds.begin(), slip.refunds.end(),
                                       [&](const Refund& f) { return f.method == method; });
        if (same != slip.refunds.end())
            same->amount += amountOf(r.value(u"amount"_qs));
        else
            slip.refunds.append({method, amountOf(r.value(u"amount"_qs))});
    }
    return slip;
}

} // namespace comptoir::app
