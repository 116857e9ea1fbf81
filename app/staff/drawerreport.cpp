#include "app/staff/drawerreport.h"

#include <QJsonArray>

namespace comptoir::app {

namespace {

qint64 amountOf(const QJsonValue& money)
{
    return money.toObject().value(u"amount"_qs).toInteger();
}

std::optional<qint64> optionalAmount(const QJsonValue& money)
{
    return money.isObject() ? std::optional<qint64>(amountOf(money)) : std::nullopt;
}

QList<DrawerReport::ByMethod> methodRows(const QJsonArray& rows)
{
    QList<DrawerReport::ByMethod> result;
    for (const QJsonValue& row : rows) {
        const QJsonObject o = row.toObject();
        result.append({o.value(u"method"_qs).toString(), o.value(u"count"_qs).toInteger(),
                       amountOf(o.value(u"amount"_qs))});
    }
    return result;
}

} // namespace

DrawerReport DrawerReport::fromSession(const QJsonObject& session)
{
    const QJsonObject report = session.value(u"report"_qs).toObject();
    DrawerReport r;
    r.final = session.value(u"status"_qs).toString() == u"closed";
    r.sessionId = session.value(u"id"_qs).toString();
    r.storeId = session.value(u"store_id"_qs).toString();
    r.currency = session.value(u"opening_float"_qs).toObject().value(u"currency"_qs).toString();
    r.openedAt = QDateTime::fromString(session.value(u"opened_at"_qs).toString(), Qt::ISODateWithMs);
    r.closedAt = QDateTime::fromString(session.value(u"closed_at"_qs).toString(), Qt::ISODateWithMs);
    r.openingFloat = amountOf(session.value(u"opening_float"_qs));
    r.orders = report.value(u"orders"_qs).toInteger();
    const QJsonObject payments = report.value(u"payments"_qs).toObject();
    r.paymentsCount = payments.value(u"count"_qs).toInteger();
    r.paymentsAmount = amountOf(payments.value(u"amount"_qs));
    r.byMethod = methodRows(report.value(u"by_method"_qs).toArray());
    const QJsonObject refunds = report.value(u"refunds"_qs).toObject();
    r.refundsCount = refunds.value(u"count"_qs).toInteger();
    r.refundsAmount = amountOf(refunds.value(u"amount"_qs));
    r.refundsByMethod = methodRows(refunds.value(u"by_method"_qs).toArray());
    for (const QJsonValue& m : report.value(u"movements"_qs).toArray()) {
        const QJsonObject o = m.toObject();
        r.movements.append({o.value(u"kind"_qs).toString(), amountOf(o.value(u"amount"_qs)),
                            o.value(u"reason"_qs).toString()});
    }
    r.expectedCash = amountOf(report.value(u"expected_cash"_qs));
    r.counted = optionalAmount(report.value(u"counted"_qs));
    r.difference = optionalAmount(report.value(u"difference"_qs));
    for (const QJsonValue& t : report.value(u"tax"_qs).toArray()) {
        const QJsonObject o = t.toObject();
        r.tax.append({o.value(u"rate_bp"_qs).toInt(), amountOf(o.value(u"base"_qs)),
                      amountOf(o.value(u"tax"_qs)), amountOf(o.value(u"total"_qs))});
    }
    return r;
}

} // namespace comptoir::app
