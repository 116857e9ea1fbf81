#include "domain/orderservice.h"

#include "comptoir/codecs.h"
#include "domain/analyticsservice.h"
#include "domain/errors.h"
#include "domain/pins.h"
#include "domain/taxallocation.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOrders, "comptoir.orders")

namespace comptoir::server {

namespace {

const QStringList& channels()
{
    static const QStringList all = {u"kiosk"_qs, u"web"_qs, u"pos"_qs};
    return all;
}

NotFound orderNotFound(const OrderId& id)
{
    return NotFound(u"No order with id %1."_qs.arg(id.value));
}

// Whether the body asks for a staff discount anywhere (a null "discount" asks for none).
bool asksForStaffDiscount(const QJsonObject& body)
{
    const auto given = [](const QJsonObject& o) {
        return o.contains(u"discount"_qs) && !o.value(u"discount"_qs).isNull();
    };
    if (given(body))
        return true;
    for (const QJsonValue& line : body.value(u"lines"_qs).toArray())
        if (line.isObject() && given(line.toObject()))
            return true;
    return false;
}

// Staff and above give discounts; a customer, a kiosk or a register's own token never does, and
// money is never silently changed: the request is refused instead of the field being ignored.
void requireDiscountGiver(const Principal& p, const QJsonObject& body)
{
    if (!asksForStaffDiscount(body))
        return;
    if (!p.authenticated)
        throw Forbidden::notSignedIn(u"Only staff give discounts; sign in."_qs);
    if (!p.is(Role::Staff))
        throw Forbidden(u"Only staff give discounts."_qs);
}

} // namespace

QString orderNumberPrefix(const LocationId& store)
{
    QString name = store.value;
    if (name.startsWith(u"loc_"_qs))
        name = name.mid(4);
    QString prefix;
    for (QChar c : name)
        if (c.isLetter() && c.unicode() < 128 && prefix.size() < 3)
            prefix += c.toUpper();
    return prefix.size() == 3 ? prefix : u"WEB"_qs;
}

bool OrderService::canSee(const Principal& p, const OrderRecord& record)
{
    if (!p.authenticated)
        return false;
    const Order& o = record.order;
    switch (p.user.role) {
    case Role::Manager:
    case Role::Admin:
        return true;
    case Role::Staff:
        return !p.user.storeId.isEmpty() &&
               (o.storeId == p.user.storeId || o.fulfillment.locationId == p.user.storeId);
    case Role::Kiosk:
    case Role::Register:
        return record.placedBy == p.user.id;
    case Role::Customer:
        return !o.customerId.isEmpty() && o.customerId == p.user.id;
    }
    return false;
}

LocationId OrderService::defaultShippingLocation()
{
    for (const Location& l : m_store.locations())
        if (l.kind == LocationKind::Warehouse)
            return l.id;
    return {};
}

OrderService::Placement OrderService::resolvePlacement(const Principal& p, CartRequest& cart, bool offline,
                                                       const QString& channel)
{
    const Role role = p.user.role;
    Fulfillment& f = cart.fulfillment;
    if (f.type.isEmpty())
        f.type = (role == Role::Customer) ? u"delivery"_qs : u"carry_out"_qs;
    if (role == Role::Customer && f.type == u"carry_out")
        throw Invalid(u"fulfillment.type"_qs,
                      u"carry_out is for sales in a store; choose pickup or delivery"_qs);
    if (offline && (f.type != u"carry_out" || role == Role::Customer))
        throw Invalid(u"offline"_qs, u"only carry-out sales made at a kiosk or counter can be offline"_qs);

    Placement placement;
    if (f.type == u"carry_out") {
        LocationId store = p.user.storeId;
        if (store.isEmpty())
            store = f.locationId; // managers say where they sell
        if (!f.locationId.isEmpty() && f.locationId != store)
            throw Invalid(u"fulfillment.location_id"_qs, u"a carry-out sale happens at your own store"_qs);
        if (store.isEmpty())
            throw Invalid(u"fulfillment.location_id"_qs, u"is required: which store is this sale in?"_qs);
        f.locationId = store;
    }
    if (f.type == u"delivery" && f.locationId.isEmpty())
        f.locationId = defaultShippingLocation();
    const auto location = m_store.location(f.locationId);
    if (!location)
        throw Invalid(u"fulfillment.location_id"_qs, u"is not a known location"_qs);
    if (f.type != u"delivery" && location->kind != LocationKind::Store)
        throw Invalid(u"fulfillment.location_id"_qs, u"must be a store"_qs);
    placement.stockAt = f.locationId;
    placement.store = f.type == u"delivery" ? p.user.storeId : f.locationId;

    if (role == Role::Kiosk)
        placement.channel = u"kiosk"_qs;
    else if (role == Role::Customer)
        placement.channel = u"web"_qs;
    else
        placement.channel = channel.isEmpty() ? u"pos"_qs : channel;
    return placement;
}

PricedCart OrderService::quote(const Principal& principal, const QJsonObject& body)
{
    requireDiscountGiver(principal, body);
    CartRequest cart = readCartRequest(body);
    if (principal.authenticated && cart.fulfillment.type != u"delivery") {
        // Signed in: the same placement rules as the order, so the quote shows what it will do.
        const Placement placement = resolvePlacement(principal, cart, false, QString());
        return priceCart(cart, m_store, placement.stockAt, m_settings.currency,
                         QDateTime::currentDateTimeUtc());
    }
    LocationId stockAt = cart.fulfillment.locationId;
    if (stockAt.isEmpty() && cart.fulfillment.type == u"delivery")
        stockAt = defaultShippingLocation();
    if (stockAt.isEmpty() && principal.authenticated)
        stockAt = principal.user.storeId;
    if (!stockAt.isEmpty() && !m_store.location(stockAt))
        throw Invalid(u"fulfillment.location_id"_qs, u"is not a known location"_qs);
    return priceCart(cart, m_store, stockAt, m_settings.currency, QDateTime::currentDateTimeUtc());
}

PreparedOrder OrderService::prepareOrder(const Principal& principal, const QJsonObject& body)
{
    requireRole(principal, Role::Customer);
    refuseRegisterToken(principal);
    requireDiscountGiver(principal, body);
    CartRequest cart = readCartRequest(body);
    JsonReader extra(body);
    const QString clientId = extra.optionalString(u"id"_qs, 64).value_or(QString());
    if (!clientId.isEmpty() && !isValidId(clientId))
        extra.fail(u"id"_qs, u"may hold only letters, digits, '-' and '_' (at most 64)"_qs);
    const QString channel = extra.optionalString(u"channel"_qs, 16).value_or(QString());
    if (!channel.isEmpty() && !channels().contains(channel))
        extra.fail(u"channel"_qs, u"must be kiosk, web or pos"_qs);
    const bool offline = extra.optionalBool(u"offline"_qs).value_or(false);
    const QString customerEmail = extra.optionalString(u"customer_email"_qs, 254).value_or(QString());
    std::optional<ApprovalRequest> approval;
    if (const auto a = extra.optionalObject(u"approved_by"_qs)) {
        JsonReader ar = extra.nested(*a, u"approved_by"_qs);
        approval = ApprovalRequest{ar.string(u"email"_qs, 254), ar.string(u"pin"_qs, 64)};
    }
    const QString sessionId = readOptionalSessionId(extra, u"session_id"_qs);
    extra.throwIfErrors();

    const Placement placement = resolvePlacement(principal, cart, offline, channel);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PricedCart priced = priceCart(cart, m_store, placement.stockAt, m_settings.currency, now);
    const UserId approvedBy = priced.needsApproval ? approver(offline, approval) : UserId{};
    const UserId customer = customerNamed(principal, customerEmail, offline);

    OrderRecord record;
    Order& o = record.order;
    o.id.value = clientId.isEmpty() ? newId(u"ord"_qs) : clientId;
    o.channel = placement.channel;
    o.storeId = placement.store;
    if (principal.user.role == Role::Customer)
        o.customerId = principal.user.id;
    else if (!customer.isEmpty())
        o.customerId = customer;
    o.status = u"pending_payment"_qs;
    o.fulfillment = cart.fulfillment;
    o.promoCode = priced.promotion ? priced.promotion->code : QString();
    o.totals = priced.totals;
    o.paidTotal = Money{0, m_settings.currency};
    o.refundedTotal = Money{0, m_settings.currency};
    // An offline carry-out sale already happened: the goods left, so it never expires. An order
    // with nothing to pay (a promotion covering it all) is paid as placed.
    if (o.totals.total.amount == 0)
        o.status = u"paid"_qs;
    else if (!offline)
        o.reservationExpiresAt = now.addSecs(m_settings.reservationWindow.count());
    o.createdAt = now;
    o.updatedAt = now;
    o.offline = offline;
    o.discount = priced.discount;
    o.approvedBy = approvedBy;
    record.placedBy = principal.user.id;
    record.registerId = principal.registerId; // the sale's journal entry names its till
    for (const PricedLine& l : priced.lines) {
        o.lines.append(l.line);
        record.lineDiscounts.append(l.discount);
        record.lineTaxes.append(l.tax);
    }

    return PreparedOrder{record, placement.stockAt, placement.store, priced.promotion.has_value(), sessionId};
}

UserId OrderService::approver(bool offline, const std::optional<ApprovalRequest>& approval)
{
    const QString limit = QString::number(kDiscountApprovalPercent);
    // Offline, no manager could be asked: the till may give only what needs nobody's approval.
    if (offline)
        throw Forbidden(u"An offline sale may carry only discounts up to %1 %."_qs.arg(limit));
    if (!approval)
        throw Forbidden(u"A discount above %1 % needs a manager's approval (approved_by)."_qs.arg(limit));
    // A wrong PIN here counts toward the manager's lock-out as at a register.
    const PinCheck check = checkPin(m_store, approval->email, approval->pin);
    if (check.outcome == PinCheck::Outcome::Locked)
        throw Forbidden(u"The approver's PIN is locked after too many wrong PINs; they sign in with "
                        "their password to unlock it."_qs);
    if (check.outcome != PinCheck::Outcome::Verified)
        throw Forbidden(u"The approval's email or PIN is wrong."_qs);
    if (!isAtLeast(check.user.role, Role::Manager))
        throw Forbidden(u"Only a manager or an admin approves a discount above %1 %."_qs.arg(limit));
    return check.user.id;
}

UserId OrderService::customerNamed(const Principal& principal, const QString& email, bool offline)
{
    if (email.trimmed().isEmpty())
        return {};
    if (!principal.is(Role::Staff))
        throw Forbidden(u"Only staff attach a customer to a sale (customer_email)."_qs);
    const auto account = m_store.credentials(email.trimmed().toLower());
    if (account && account->user.role == Role::Customer)
        return account->user.id;
    if (offline)
        return {};
    throw Invalid(u"customer_email"_qs, u"no customer account has this email"_qs);
}

OrderRecord OrderService::commitOrder(PreparedOrder prepared)
{
    OrderRecord& record = prepared.record;
    Order& o = record.order;
    const bool offline = o.offline;
    m_store.transaction([&] {
        if (prepared.usesPromotion && !m_store.takePromotionUse(o.promoCode))
            throw Invalid(u"promo_code"_qs, u"has been used up"_qs);
        QJsonArray shortLines;
        for (const OrderLine& l : o.lines) {
            const auto refused = m_store.reserveStock(l.sku, prepared.stockAt, l.quantity, o.id, offline);
            if (refused)
                shortLines.append(QJsonObject{{u"sku"_qs, l.sku},
                                              {u"requested"_qs, double(l.quantity)},
                                              {u"available"_qs, double(std::max<qint64>(0, *refused))}});
        }
        if (!shortLines.isEmpty())
            throw Conflict(u"Not enough stock at %1 for %2 line(s)."_qs.arg(prepared.stockAt.value)
                               .arg(shortLines.size()),
                           {{u"lines"_qs, shortLines}});
        if (offline)
            for (const OrderLine& l : o.lines)
                if (m_store.stockLevel(l.sku, prepared.stockAt).available() < 0)
                    m_store.recordStockAlert(l.sku, prepared.stockAt, o.id, u"oversold_offline"_qs);
        o.number = m_store.nextOrderNumber(orderNumberPrefix(prepared.store));
        m_store.saveOrder(record, true);
        if (!prepared.sessionId.isEmpty())
            m_store.setOrderSession(o.id, prepared.sessionId);
        if (record.order.status == u"paid")
            statusChanged(record);
    });
    return record;
}

OrderRecord OrderService::visibleOrder(const Principal& principal, const OrderId& id)
{
    const auto record = m_store.order(id);
    if (!record || !canSee(principal, *record))
        throw orderNotFound(id);
    return *record;
}

Page<Order> OrderService::list(const Principal& p, OrderQuery q)
{
    requireRole(p, Role::Customer);
    switch (p.user.role) {
    case Role::Customer:
        if (!q.customer.isEmpty() && q.customer != p.user.id)
            throw Forbidden(u"Customers see only their own orders."_qs);
        q.customer = p.user.id;
        break;
    case Role::Kiosk:
    case Role::Register:
        q.placedBy = p.user.id;
        break;
    case Role::Staff:
        if (!q.store.isEmpty() && q.store != p.user.storeId)
            throw Forbidden(u"Staff see only their own store's orders."_qs);
        q.store = p.user.storeId;
        break;
    case Role::Manager:
    case Role::Admin:
        break;
    }
    return m_store.orders(q);
}

std::optional<Unavailable> OrderService::cancelInTransaction(OrderRecord& record, const QString& reason)
{
    Order& o = record.order;
    bool changed = false;
    const auto recordRefund = [&](PaymentRecord& payment, qint64 amount, const QString& gatewayReference) {
        RefundRecord refund{newId(u"ref"_qs), payment.payment.id,     amount,    reason, u"cancellation"_qs,
                            gatewayReference, payment.payment.method, QString(), {},     {}};
        // Its VAT by rate, for the fiscal journal's closures (and the drawer's Z report below).
        refund.taxes = allocateTaxes(record, amount);
        // Cash handed back comes out of the drawer it went into, while that session is open (a
        // closed session's Z report never changes: the refund is then recorded outside any).
        if (payment.payment.method == u"cash"_qs && !payment.cashSessionId.isEmpty())
            if (const auto session = m_store.cashSession(payment.cashSessionId);
                session && session->session.status == u"open"_qs) {
                refund.cashSessionId = payment.cashSessionId;
            }
        m_store.saveRefund(refund);
        payment.refunded += amount;
        payment.payment.status = u"refunded"_qs;
        m_store.savePayment(payment, false);
        o.refundedTotal = o.refundedTotal.plus(Money{amount, o.refundedTotal.currency});
        changed = true;
    };
    const auto refundable = [](const PaymentRecord& payment) {
        return payment.payment.status == u"declined"_qs ? 0
                                                        : payment.payment.amount.amount - payment.refunded;
    };
    QList<PaymentRecord> payments = m_store.payments(o.id);
    // The processor first. Each payment's refund has a key of its own, so cancelling again after
    // a refusal or a timeout never refunds one twice; a refund it made stands whatever happens
    // next, so it is recorded even when a later one is refused.
    std::optional<Unavailable> refused;
    for (PaymentRecord& payment : payments) {
        const qint64 amount = refundable(payment);
        if (amount <= 0 || payment.payment.method == u"cash"_qs)
            continue;
        const RefundResult r = m_gateway.refund(u"cancel:"_qs + payment.payment.id, payment.gatewayReference,
                                                Money{amount, payment.payment.amount.currency});
        if (!r.refunded) {
            refused =
                Unavailable(u"The payment processor did not refund payment %1 (%2): the order is still %3 "
                            "and keeps its stock. Cancel it again to retry; a refund already made is "
                            "never made twice."_qs.arg(payment.payment.id, r.failureCode, o.status),
                            {{u"failure_code"_qs, r.failureCode}, {u"payment_id"_qs, payment.payment.id}});
            break;
        }
        recordRefund(payment, amount, r.reference);
    }
    if (!refused) {
        // Cash is handed back only when the order is cancelled.
        for (PaymentRecord& payment : payments)
            if (const qint64 amount = refundable(payment); amount > 0 && payment.payment.method == u"cash"_qs)
                recordRefund(payment, amount, QString());
        if (o.status != u"completed"_qs)
            for (const OrderLine& l : o.lines)
                m_store.releaseStock(l.sku, o.fulfillment.locationId, l.quantity, o.id, reason);
        if (!o.promoCode.isEmpty())
            m_store.returnPromotionUse(o.promoCode);
        o.status = u"cancelled"_qs;
        o.reservationExpiresAt = QDateTime();
        changed = true;
    }
    if (changed) {
        o.updatedAt = QDateTime::currentDateTimeUtc();
        m_store.saveOrder(record, false);
    }
    return refused;
}

OrderRecord OrderService::cancel(const Principal& principal, const OrderId& id)
{
    refuseRegisterToken(principal); // a cancellation releases stock and refunds
    OrderRecord record;
    std::optional<Unavailable> refused;
    m_store.transaction([&] {
        record = visibleOrder(principal, id);
        const QString status = record.order.status;
        const bool isStaff = principal.is(Role::Staff);
        if (status == u"pending_payment" || (isStaff && (status == u"paid" || status == u"ready_for_pickup")))
            refused = cancelInTransaction(record, u"cancelled"_qs);
        else if (!isStaff && status != u"pending_payment")
            throw Conflict(u"This order is %1: ask the store to cancel it."_qs.arg(status));
        else
            throw Conflict(u"An order that is %1 cannot be cancelled."_qs.arg(status));
    });
    // Only now, committed: the refunds the processor made before it refused one are kept.
    if (refused)
        throw *refused;
    return record;
}

OrderRecord OrderService::setStatus(const Principal& principal, const OrderId& id, const QString& status)
{
    static const QStringList known = {u"pending_payment"_qs, u"paid"_qs,      u"ready_for_pickup"_qs,
                                      u"shipped"_qs,         u"completed"_qs, u"cancelled"_qs};
    if (!known.contains(status))
        throw Invalid(u"status"_qs, u"is not an order status"_qs);
    requireRole(principal, Role::Staff);
    OrderRecord record;
    m_store.transaction([&] {
        record = visibleOrder(principal, id);
        Order& o = record.order;
        if (!principal.mayActAt(o.fulfillment.locationId))
            throw Forbidden(u"Only staff of the fulfilling store change this order."_qs);
        const QString& from = o.status;
        const QString& type = o.fulfillment.type;
        const bool legal = (from == u"paid" && status == u"ready_for_pickup" && type == u"pickup") ||
                           (from == u"paid" && status == u"shipped" && type == u"delivery") ||
                           (from == u"paid" && status == u"completed" && type == u"carry_out") ||
                           (from == u"ready_for_pickup" && status == u"completed") ||
                           (from == u"shipped" && status == u"completed");
        if (!legal)
            throw Conflict(u"An order that is %1 (%2) cannot become %3."_qs.arg(from, type, status));
        if (status == u"completed")
            for (const OrderLine& l : o.lines)
                m_store.consumeStock(l.sku, o.fulfillment.locationId, l.quantity, o.id);
        o.status = status;
        o.updatedAt = QDateTime::currentDateTimeUtc();
        m_store.saveOrder(record, false);
        statusChanged(record);
    });
    return record;
}

int OrderService::sweepExpired(const QDateTime& now)
{
    int cancelled = 0;
    for (const OrderId& id : m_store.expiredOrders(now, 500)) {
        try {
            std::optional<Unavailable> refused;
            m_store.transaction([&] {
                auto record = m_store.order(id);
                // Paid or cancelled meanwhile: nothing to do.
                if (!record || record->order.status != u"pending_payment")
                    return;
                refused = cancelInTransaction(*record, u"reservation_expired"_qs);
                if (!refused)
                    ++cancelled;
            });
            // The order stays as it is, stock reserved, and the next sweep asks the processor again.
            if (refused)
                qCWarning(lcOrders) << "could not cancel expired order" << id.value << refused->detail();
        } catch (const std::exception& e) {
            qCWarning(lcOrders) << "could not cancel expired order" << id.value << e.what();
        }
    }
    if (cancelled > 0)
        qCInfo(lcOrders) << "cancelled" << cancelled << "unpaid orders past their reservation";
    return cancelled;
}

} // namespace comptoir::server
