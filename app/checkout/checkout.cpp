#include "app/checkout/checkout.h"

#include "app/cart/cart.h"
#include "app/checkout/cartorder.h"
#include "app/core/applog.h"
#include "app/session/session.h"
#include "comptoir/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

namespace {

constexpr int kPlaceTimeoutMs = 20000;

// The shopper's card data for the simulator's tokenizer (POST /payments/tokens).
QJsonObject cardJson(const QString& number, int expMonth, int expYear, const QString& cvc)
{
    return {{u"number"_qs, QString(number).remove(u' ')},
            {u"exp_month"_qs, expMonth},
            {u"exp_year"_qs, expYear},
            {u"cvc"_qs, cvc}};
}

} // namespace

QString Checkout::declineMessage(const QString& code) const
{
    if (!hasCounter()) {
        // At home: the order and the cart wait while the customer tries another card.
        if (code == u"insufficient_funds")
            return tr("Your bank refused the payment (insufficient funds). Your order is kept: try "
                      "another card.");
        if (code == u"expired_card")
            return tr("Your bank says this card has expired. Your order is kept: check the expiry date or "
                      "try another card.");
        return tr("Your bank declined this card. Your order is kept: try another card, or call your "
                  "bank.");
    }
    if (code == u"insufficient_funds")
        return tr("Your bank refused the payment. Try another card or pay at the counter.");
    if (code == u"expired_card")
        return tr("This card has expired. Try another card or pay at the counter.");
    return tr("The card was declined. Try another card or pay at the counter.");
}

Checkout::Checkout(Session& session, Cart& cart, SalePolicy policy, QObject* parent)
    : QObject(parent), m_session(session), m_cart(cart), m_policy(std::move(policy))
{
    m_placeTimeout.setSingleShot(true);
    m_placeTimeout.setInterval(kPlaceTimeoutMs);
    connect(&m_placeTimeout, &QTimer::timeout, this, [this] {
        if (m_state == Placing)
            setState(NeedsNetwork,
                     tr("The store's system is not answering. Please pay at the counter, or try "
                        "again in a moment."));
    });
    connect(&session, &Session::syncReplaced, this, [this] {
        if (sync::SyncClient* sync = m_session.sync())
            connect(sync, &sync::SyncClient::entrySettled, this, &Checkout::onEntrySettled);
    });
    connect(&session, &Session::orderChanged, this, [this](const QString& id) {
        if (id == m_orderId)
            readOrderFromCache();
    });
}

QString Checkout::orderReference() const
{
    if (!m_orderNumber.isEmpty())
        return m_orderNumber;
    // Until the server numbers it, the end of its id names the order at the counter.
    return m_orderId.isEmpty() ? QString() : m_orderId.right(6).toUpper();
}

QString Checkout::orderStatusText() const
{
    // The order's status in the cache (kUnsentOrderStatus, then the server's), in words.
    if (m_orderStatus == QLatin1String(sync::kUnsentOrderStatus))
        return tr("Waiting for the store's system (the order is saved here)");
    if (m_orderStatus == u"rejected")
        return tr("Refused by the store's system: please ask a member of staff");
    const auto status = orders::statusFromWire(m_orderStatus);
    if (!status)
        return {};
    switch (*status) {
    case orders::Status::PendingPayment:
        return tr("To pay");
    case orders::Status::Paid:
        return tr("Paid, being prepared");
    case orders::Status::ReadyForPickup:
        return tr("Ready to collect");
    case orders::Status::Shipped:
        return tr("Shipped");
    case orders::Status::Completed:
        return tr("Collected");
    case orders::Status::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString Checkout::qrPayload() const
{
    return m_orderId.isEmpty() ? QString() : u"comptoir:order:"_qs + m_orderId;
}

void Checkout::setState(State state, const QString& message)
{
    m_state = state;
    m_message = message;
    qCInfo(lcApp) << "checkout:" << state << message;
    emit stateChanged();
}

QString Checkout::placeOrder(orders::Fulfillment fulfillment, const QString& locationId, bool offline)
{
    sync::SyncClient* sync = m_session.sync();
    CartOrder order =
        cartOrder(m_cart, {m_policy.channel, fulfillment, locationId, offline, m_session.currency(), {}});
    // The shopper's analytics session: the funnel counts it as converted once this order is paid.
    if (const QString session = m_analyticsSession ? m_analyticsSession() : QString(); !session.isEmpty())
        order.body.insert(u"session_id"_qs, session);
    if (fulfillment == orders::Fulfillment::Delivery) {
        // Shipped from the server's own choice of warehouse, to the address the customer chose.
        QJsonObject f{{u"type"_qs, orders::wireName(fulfillment)}, {u"address"_qs, m_deliveryAddress}};
        order.body.insert(u"fulfillment"_qs, f);
        order.local.insert(u"fulfillment"_qs, f);
    }
    const QString& id = order.id;
    try {
        m_entryId = sync->enqueueOrder(id, order.bodyBytes(), order.localBytes());
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "order not queued:" << e.what();
        setState(Failed,
                 hasCounter()
                     ? tr("This kiosk cannot save your order right now. Please ask a member of staff.")
                     : tr("Your order cannot be saved on this computer right now. Please try again."));
        return {};
    }
    m_orderId = id;
    m_orderNumber.clear();
    m_orderStatus = QString::fromLatin1(sync::kUnsentOrderStatus);
    m_orderOnServer = false;
    m_totalText = m_cart.totalText();
    emit orderChanged();
    return id;
}

bool Checkout::refusedWithoutNetwork()
{
    if (!m_session.isOffline())
        return false;
    setState(NeedsNetwork,
             hasCounter() ? tr("Card payment needs the network, which is down at the moment. You can pay at "
                               "the counter instead.")
                          : tr("Ordering needs the network, which is down at the moment. Your cart is kept: "
                               "try again once you are back online."));
    return true;
}

void Checkout::payAtCounter()
{
    if (!m_session.sync() || !m_cart.isSellable() || !m_policy.offers(orders::Fulfillment::CarryOut) ||
        (m_state != Idle && m_state != NeedsNetwork && m_state != Failed))
        return;
    const bool offline = m_session.isOffline();
    if (offline && !m_policy.sellsOffline)
        return setState(NeedsNetwork, tr("Ordering needs the network, which is down at the moment."));
    if (m_state == NeedsNetwork)
        cancelUnpaidOrder(); // an order sent to pay here that never got its answer
    m_pickupElsewhere = false;
    m_deliveryAddress.clear();
    m_pickupStoreName = m_session.storeName();
    if (placeOrder(orders::Fulfillment::CarryOut, m_session.storeId(), offline).isEmpty())
        return;
    // The order is safe in the outbox: it reaches the server now or when the link is back.
    m_cart.clear();
    setState(SentToCounter);
}

void Checkout::payHere(const QString& locationId)
{
    if (!m_session.sync() || !m_cart.isSellable() || !m_policy.offers(orders::Fulfillment::Pickup) ||
        (m_state != Idle && m_state != NeedsNetwork && m_state != Failed))
        return;
    if (refusedWithoutNetwork())
        return;
    if (m_state == NeedsNetwork)
        cancelUnpaidOrder(); // an order sent earlier whose answer never came
    const QString location = locationId.isEmpty() ? m_session.storeId() : locationId;
    m_deliveryAddress.clear();
    m_pickupElsewhere = location != m_session.storeId();
    m_pickupStoreName = m_session.locationName(location);
    if (m_pickupStoreName.isEmpty())
        m_pickupStoreName = location;
    if (placeOrder(orders::Fulfillment::Pickup, location, false).isEmpty())
        return;
    setState(Placing);
    m_placeTimeout.start();
}

void Checkout::deliverTo(const QString& address)
{
    if (!m_session.sync() || !m_cart.isSellable() || !m_policy.offers(orders::Fulfillment::Delivery) ||
        address.trimmed().isEmpty() || (m_state != Idle && m_state != NeedsNetwork && m_state != Failed))
        return;
    if (refusedWithoutNetwork())
        return;
    if (m_state == NeedsNetwork)
        cancelUnpaidOrder(); // an order sent earlier whose answer never came
    m_pickupElsewhere = false;
    m_pickupStoreName.clear();
    m_deliveryAddress = address.trimmed();
    if (placeOrder(orders::Fulfillment::Delivery, {}, false).isEmpty())
        return;
    setState(Placing);
    m_placeTimeout.start();
}

void Checkout::onEntrySettled(qint64 entryId, bool applied, int status, const QString& reason)
{
    if (entryId != m_entryId || m_state != Placing)
        return;
    m_placeTimeout.stop();
    if (applied) {
        m_orderOnServer = true;
        readOrderFromCache();
        setState(AwaitingCard);
        return;
    }
    qCInfo(lcApp) << "order refused:" << status << reason;
    if (status == 409)
        setState(Failed, tr("Some items are no longer available in this quantity. Please check your cart."));
    else if (status == 422)
        setState(Failed,
                 tr("Your cart has changed since it was filled (a price, a code or an item). Please check "
                    "it again."));
    else
        setState(Failed, hasCounter() ? tr("Your order could not be placed. Please ask a member of staff.")
                                      : tr("Your order could not be placed. Please try again in a moment."));
}

void Checkout::readOrderFromCache()
{
    CatalogReader* reader = m_session.catalog();
    if (!reader || m_orderId.isEmpty())
        return;
    try {
        const auto progress = reader->orderProgress(m_orderId);
        if (!progress)
            return;
        const QString& number = progress->number;
        const QString& status = progress->status;
        // A payment whose answer was lost (or is still on its way: the live feed can be faster),
        // found paid on the server: what was charged is the server's total, not the cart's.
        if (status == u"paid" && (m_state == Unconfirmed || m_state == Authorizing || m_state == Declined)) {
            abortCalls();
            m_cart.clear();
            m_orderNumber = number;
            m_orderStatus = status;
            if (progress->total)
                m_totalText = m_session.formatMoney(*progress->total);
            emit orderChanged();
            setState(Paid);
            return;
        }
        if (number != m_orderNumber || status != m_orderStatus) {
            m_orderNumber = number;
            m_orderStatus = status;
            emit orderChanged();
        }
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order" << m_orderId << e.what();
    }
}

void Checkout::presentCard(const QString& number)
{
    // The terminal reads the card and its expiry; the simulator's test cards all run to the future.
    tokenizeAndPay(cardJson(number, 12, QDate::currentDate().year() + 3, u"123"_qs));
}

void Checkout::payByCard(const QString& number, int expMonth, int expYear, const QString& cvc)
{
    tokenizeAndPay(cardJson(number, expMonth, expYear, cvc));
}

void Checkout::tokenizeAndPay(const QJsonObject& card)
{
    if (m_state != AwaitingCard && m_state != Declined)
        return;
    if (refusedWithoutNetwork())
        return;
    setState(Authorizing);
    abortCalls();
    m_call = m_session.sync()->call(
        {u"POST"_qs, u"/payments/tokens"_qs, QJsonDocument(card).toJson(QJsonDocument::Compact), {}, 15000},
        this);
    connect(m_call, &sync::OnlineCall::finished, this, [this](const sync::HttpAnswer& answer) {
        m_call->deleteLater();
        const QString token = QJsonDocument::fromJson(answer.body).object().value(u"token"_qs).toString();
        if (answer.ok() && !token.isEmpty())
            return pay(token);
        if (answer.status == 422)
            return setState(Declined, hasCounter()
                                          ? tr("This card cannot be read. Try another card or pay at "
                                               "the counter.")
                                          : tr("This card number, expiry date or security code is "
                                               "not right. Check them and try again."));
        setState(Declined, hasCounter()
                               ? tr("The terminal could not reach the bank. Try again, or pay at the "
                                    "counter.")
                               : tr("We could not reach the bank. Your order is kept: try again in "
                                    "a moment."));
    });
    m_call->start();
}

void Checkout::pay(const QString& cardToken)
{
    const QJsonObject payment{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken}};
    // One key per attempt: retries of this attempt are harmless, a new card is a new payment.
    m_call = m_session.sync()->call({u"POST"_qs, u"/orders/%1/payments"_qs.arg(m_orderId),
                                     QJsonDocument(payment).toJson(QJsonDocument::Compact), newId(u"pay"_qs),
                                     30000},
                                    this);
    connect(m_call, &sync::OnlineCall::finished, this, [this](const sync::HttpAnswer& answer) {
        m_call->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        if (answer.ok() && body.value(u"status"_qs).toString() == u"captured") {
            // What was charged, as the server priced it (a promo code only it could judge).
            if (const QJsonValue amount = body.value(u"amount"_qs).toObject().value(u"amount"_qs);
                amount.isDouble()) {
                m_totalText = m_session.formatMoney(amount.toInteger());
                emit orderChanged();
            }
            m_cart.clear();
            readOrderFromCache();
            m_session.syncNow();
            return setState(Paid);
        }
        if (answer.ok() && body.value(u"status"_qs).toString() == u"declined")
            return setState(Declined, declineMessage(body.value(u"decline_code"_qs).toString()));
        qCWarning(lcApp) << "payment of" << m_orderId << "not confirmed:" << answer.describe();
        if (answer.status == 0 || answer.isTransient()) {
            // The card may have been charged: no second card, no counter sale, until someone knows.
            // If the server says it was paid, the receipt follows (readOrderFromCache).
            m_session.syncNow();
            return setState(Unconfirmed, tr("We could not confirm your payment. Please ask a member of staff "
                                            "before paying again: you will not be charged twice."));
        }
        setState(Declined, hasCounter()
                               ? tr("The payment was refused. Try another card or pay at the counter.")
                               : tr("The payment was refused. Your order is kept: try another card."));
    });
    m_call->start();
}

void Checkout::cancelPayment()
{
    cancelUnpaidOrder();
    abortCalls();
    m_placeTimeout.stop();
    m_orderId.clear();
    m_orderNumber.clear();
    m_orderStatus.clear();
    emit orderChanged();
    setState(Idle);
}

void Checkout::cancelUnpaidOrder()
{
    // An order placed to pay here holds stock until it expires: give it back now.
    if (m_orderId.isEmpty() || !m_session.sync() || m_state == Paid || m_state == SentToCounter ||
        m_state == Idle)
        return;
    if (m_state == Failed && !m_orderOnServer)
        return; // the server refused it: there is nothing to cancel
    if (m_state == Unconfirmed)
        return; // it may be paid: staff settle it, a cancel would refund a shopper who has left
    try {
        m_session.sync()->enqueue(
            {u"POST"_qs, u"/orders/%1/cancel"_qs.arg(m_orderId), "{}", u"order"_qs, m_orderId, {}});
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "cancel of" << m_orderId << "not queued:" << e.what();
    }
}

void Checkout::reset()
{
    cancelUnpaidOrder();
    abortCalls();
    m_placeTimeout.stop();
    m_deliveryAddress.clear();
    m_orderId.clear();
    m_orderNumber.clear();
    m_orderStatus.clear();
    m_totalText.clear();
    m_entryId = 0;
    emit orderChanged();
    if (m_state != Idle)
        setState(Idle);
}

void Checkout::abortCalls()
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

} // namespace comptoir::app
