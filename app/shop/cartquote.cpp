#include "app/shop/cartquote.h"

#include "app/cart/cart.h"
#include "app/core/applog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

namespace {

constexpr int kDebounceMs = 250;
constexpr int kQuoteDeadlineMs = 10000;

qint64 amountOf(const QJsonObject& totals, const QString& key)
{
    return totals.value(key).toObject().value(u"amount"_qs).toInteger();
}

// The server's refusal of a promo code (API.md "Promotions": a 422 on promo_code), in words.
// Its messages are fixed phrases of shared/comptoir/cartpricing.cpp and pricing.cpp.
QString promoRefusalText(const QString& serverMessage)
{
    if (serverMessage.startsWith(u"is not a known code"))
        return CartQuote::tr("This code is not known. Check its spelling.");
    if (serverMessage.startsWith(u"is not valid at this time"))
        return CartQuote::tr("This code is not valid today.");
    if (serverMessage.startsWith(u"has been used up"))
        return CartQuote::tr("This code has been used up.");
    if (serverMessage.startsWith(u"applies from a subtotal of"))
        return CartQuote::tr("This code applies from a higher amount of purchases (%1).")
            .arg(serverMessage.section(u" of "_qs, 1).trimmed());
    return CartQuote::tr("This code cannot be used on this cart.");
}

} // namespace

CartQuote::CartQuote(QObject* parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CartQuote::refresh);
    connect(this, &CartQuote::inputsChanged, this, [this] {
        if (m_live)
            m_debounce.start();
    });
}

void CartQuote::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit inputsChanged();
}

void CartQuote::setCart(Cart* cart)
{
    if (cart == m_cart)
        return;
    if (m_cart)
        disconnect(m_cart, nullptr, this, nullptr);
    m_cart = cart;
    if (m_cart)
        connect(m_cart, &Cart::changed, this, [this] {
            if (m_live)
                m_debounce.start();
        });
    emit inputsChanged();
}

void CartQuote::setFulfillmentType(const QString& type)
{
    if (type == m_fulfillmentType)
        return;
    m_fulfillmentType = type;
    emit inputsChanged();
}

void CartQuote::setLocationId(const QString& id)
{
    if (id == m_locationId)
        return;
    m_locationId = id;
    emit inputsChanged();
}

void CartQuote::setAddress(const QString& address)
{
    if (address == m_address)
        return;
    m_address = address;
    emit inputsChanged();
}

void CartQuote::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    emit inputsChanged();
}

QString CartQuote::money(qint64 amount) const
{
    return m_session ? m_session->formatMoney(amount) : QString();
}

void CartQuote::refresh()
{
    m_debounce.stop();
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (!m_session || !m_cart || m_cart->isEmpty())
        return finish(Idle);
    sync::SyncClient* sync = m_session->sync();
    if (!sync || m_session->isOffline())
        return finish(Unreachable, tr("The shop cannot reach the server right now: the totals are "
                                      "those of this computer, and ordering waits until you are back "
                                      "online."));
    QJsonArray lines;
    for (const CartItem& item : m_cart->items())
        if (item.sellable)
            lines.append(QJsonObject{{u"sku"_qs, item.sku}, {u"quantity"_qs, item.quantity}});
    QJsonObject body{{u"lines"_qs, lines}};
    if (!m_cart->promoCode().isEmpty())
        body.insert(u"promo_code"_qs, m_cart->promoCode());
    if (m_fulfillmentType == u"pickup" && !m_locationId.isEmpty())
        body.insert(u"fulfillment"_qs,
                    QJsonObject{{u"type"_qs, m_fulfillmentType}, {u"location_id"_qs, m_locationId}});
    else if (m_fulfillmentType == u"delivery" && !m_address.isEmpty())
        body.insert(u"fulfillment"_qs,
                    QJsonObject{{u"type"_qs, m_fulfillmentType}, {u"address"_qs, m_address}});
    m_state = Checking;
    emit changed();
    m_call = sync->call(
        {u"POST"_qs, u"/quotes"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, kQuoteDeadlineMs},
        this);
    connect(m_call, &sync::OnlineCall::finished, this, &CartQuote::onAnswer);
    m_call->start();
}

void CartQuote::onAnswer(const sync::HttpAnswer& answer)
{
    m_call->deleteLater();
    m_call = nullptr;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 422) {
        QString promo;
        QStringList others;
        for (const QJsonValue& e : body.value(u"errors"_qs).toArray()) {
            const QJsonObject error = e.toObject();
            if (error.value(u"field"_qs).toString() == u"promo_code")
                promo = promoRefusalText(error.value(u"message"_qs).toString());
            else
                others << error.value(u"field"_qs).toString();
        }
        qCInfo(lcApp) << "quote refused:" << answer.describe();
        return finish(Refused,
                      others.isEmpty() ? QString()
                                       : tr("The server cannot price this cart as it is: an item may have "
                                            "been withdrawn. Check your cart."),
                      promo);
    }
    if (!answer.ok()) {
        qCInfo(lcApp) << "quote:" << answer.describe();
        return finish(Unreachable, tr("The server is not answering right now: the totals are those of this "
                                      "computer. Try again in a moment."));
    }
    const QJsonObject totals = body.value(u"totals"_qs).toObject();
    m_subtotal = amountOf(totals, u"subtotal"_qs);
    m_discount = amountOf(totals, u"discount"_qs);
    m_tax = amountOf(totals, u"tax"_qs);
    m_total = amountOf(totals, u"total"_qs);
    m_promoCode = body.value(u"promo_code"_qs).toString();
    m_shortLines.clear();
    for (const QJsonValue& v : body.value(u"lines"_qs).toArray()) {
        const QJsonObject line = v.toObject();
        const QJsonValue available = line.value(u"available"_qs);
        const qint64 asked = line.value(u"quantity"_qs).toInteger();
        if (available.isNull() || available.isUndefined() || available.toInteger() >= asked)
            continue;
        const QString sku = line.value(u"sku"_qs).toString();
        QString name = line.value(u"name"_qs).toString(sku);
        for (const CartItem& item : m_cart->items())
            if (item.sku == sku && !item.details.isEmpty())
                name = item.name + u", "_qs + item.details;
        m_shortLines
            << (available.toInteger() > 0
                    ? tr("%1: only %2 left, %3 in your cart").arg(name).arg(available.toInteger()).arg(asked)
                    : tr("%1: none left").arg(name));
    }
    finish(Ready);
}

void CartQuote::finish(State state, const QString& message, const QString& promoMessage)
{
    m_state = state;
    m_ready = state == Ready;
    if (state != Ready)
        m_shortLines.clear();
    m_message = message;
    m_promoMessage = promoMessage;
    emit changed();
    emit answered();
}

} // namespace comptoir::app
