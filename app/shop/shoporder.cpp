#include "app/shop/shoporder.h"

#include "app/cart/cart.h"
#include "app/core/applog.h"
#include "app/data/customerreader.h"
#include "app/shop/orderstatus.h"
#include "app/shop/shoporderlist.h"
#include "app/staff/consolerefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace comptoir::app {

ShopOrder::ShopOrder(QObject* parent) : QObject(parent) {}

void ShopOrder::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"order"_qs))
                read();
        });
        connect(m_session, &Session::orderChanged, this, [this](const QString& id) {
            if (id == m_orderId)
                read();
        });
        connect(m_session, &Session::syncReplaced, this, &ShopOrder::read);
        connect(m_session, &Session::languageChanged, this, &ShopOrder::orderChanged);
    }
    emit sessionChanged();
    read();
}

void ShopOrder::setOrderId(const QString& orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    emit orderIdChanged();
    setMessage({});
    read();
}

void ShopOrder::read()
{
    QJsonObject order;
    if (m_session && m_session->sync() && !m_orderId.isEmpty()) {
        try {
            order = CustomerReader(m_session->sync()->cache().db()).order(m_orderId).value_or(QJsonObject());
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "order" << m_orderId << e.what();
        }
    }
    if (order == m_order)
        return;
    m_order = order;
    emit orderChanged();
}

QString ShopOrder::number() const
{
    return known() ? orderNumberOf(m_order) : QString();
}

QString ShopOrder::statusText() const
{
    return known() ? orderStatusText(status(),
                                     m_order.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString())
                   : QString();
}

QString ShopOrder::placedText() const
{
    return known() ? tr("Placed on %1").arg(placedTextOf(m_order, m_session)) : QString();
}

QString ShopOrder::fulfillmentText() const
{
    const QJsonObject f = m_order.value(u"fulfillment"_qs).toObject();
    const QString type = f.value(u"type"_qs).toString();
    const QString where =
        m_session ? m_session->locationName(f.value(u"location_id"_qs).toString()) : QString();
    if (type == u"pickup")
        return tr("Click & collect at %1").arg(where);
    if (type == u"delivery") {
        const QJsonObject a = f.value(u"address"_qs).toObject();
        const QString to =
            QStringList{a.value(u"name"_qs).toString(), a.value(u"line1"_qs).toString(),
                        a.value(u"postal_code"_qs).toString() + u' ' + a.value(u"city"_qs).toString()}
                .join(u", "_qs)
                .trimmed();
        return tr("Delivered to %1").arg(to);
    }
    if (type == u"carry_out")
        return tr("Taken away at %1").arg(where);
    return {};
}

bool ShopOrder::showsPickupCode() const
{
    const QString type = m_order.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString();
    return type == u"pickup" && (status() == u"paid" || status() == u"ready_for_pickup");
}

QString ShopOrder::money(const QJsonValue& value) const
{
    const qint64 amount = value.toObject().value(u"amount"_qs).toInteger();
    return m_session ? m_session->formatMoney(amount) : QString::number(amount);
}

QString ShopOrder::totalText(const QString& key) const
{
    return known() ? money(m_order.value(u"totals"_qs).toObject().value(key)) : QString();
}

QString ShopOrder::discountText() const
{
    const qint64 discount = m_order.value(u"totals"_qs)
                                .toObject()
                                .value(u"discount"_qs)
                                .toObject()
                                .value(u"amount"_qs)
                                .toInteger();
    return discount > 0 ? totalText(u"discount"_qs) : QString();
}

QVariantList ShopOrder::lines() const
{
    QVariantList out;
    for (const QJsonValue& value : m_order.value(u"lines"_qs).toArray()) {
        const QJsonObject line = value.toObject();
        out.append(QVariantMap{{u"name"_qs, line.value(u"name"_qs).toString()},
                               {u"sku"_qs, line.value(u"sku"_qs).toString()},
                               {u"quantity"_qs, line.value(u"quantity"_qs).toInteger()},
                               {u"unitPriceText"_qs, money(line.value(u"unit_price"_qs))},
                               {u"lineTotalText"_qs, money(line.value(u"line_total"_qs))}});
    }
    return out;
}

int ShopOrder::reorder()
{
    if (!known() || !m_cart || !m_session || !m_session->sync())
        return 0;
    CustomerReader reader(m_session->sync()->cache().db());
    QStringList gone;
    int added = 0;
    for (const QJsonValue& value : m_order.value(u"lines"_qs).toArray()) {
        const QJsonObject line = value.toObject();
        const QString sku = line.value(u"sku"_qs).toString();
        bool sold = false;
        try {
            sold = reader.soldProductOf(sku).has_value();
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "reorder" << sku << e.what();
        }
        if (sold && m_cart->add(sku, int(line.value(u"quantity"_qs).toInteger())))
            ++added;
        else
            gone.append(line.value(u"name"_qs).toString());
    }
    if (gone.isEmpty())
        setMessage(tr("The %n product(s) of this order are in your cart again.", nullptr, added));
    else if (added == 0)
        setMessage(tr("None of these products is sold any more: %1.").arg(gone.join(u", "_qs)), true);
    else
        setMessage(tr("%n product(s) are in your cart again. No longer sold: %1.", nullptr, added)
                       .arg(gone.join(u", "_qs)));
    return added;
}

void ShopOrder::cancel()
{
    if (!canCancel() || !m_session || !m_session->sync())
        return;
    if (m_session->isOffline()) {
        setMessage(tr("The shop cannot reach the server right now: try again once you are back online."),
                   true);
        return;
    }
    m_busy = true;
    emit busyChanged();
    emit orderChanged();
    auto* call = m_session->sync()->call({u"POST"_qs, u"/orders/%1/cancel"_qs.arg(m_orderId), "{}",
                                          QUuid::createUuid().toString(QUuid::WithoutBraces), 15000},
                                         this);
    connect(call, &sync::OnlineCall::finished, this, [this, call](const sync::HttpAnswer& answer) {
        call->deleteLater();
        m_busy = false;
        emit busyChanged();
        if (answer.ok()) {
            setMessage(tr("Your order is cancelled. Nothing was charged."));
            m_session->syncNow();
        } else {
            qCInfo(lcApp) << "cancel of" << m_orderId << "refused:" << answer.describe();
            setMessage(ConsoleRefusal::say(
                           answer,
                           {tr("This order could not be found."),
                            tr("This order can no longer be cancelled: it is already paid. Contact the store "
                               "to return it."),
                            {}}),
                       true);
        }
        emit orderChanged();
    });
    call->start();
}

void ShopOrder::setMessage(const QString& message, bool refused)
{
    if (message == m_message && refused == m_refused)
        return;
    m_message = message;
    m_refused = refused;
    emit messageChanged();
}

} // namespace comptoir::app
