#include "domain/paymentservice.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "domain/taxallocation.h"
#include "domain/webhooksignature.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPayments, "comptoir.payments")

namespace comptoir::server {

namespace {

qint64 balanceOf(const Order& o)
{
    return o.totals.total.amount - o.paidTotal.amount;
}

void requirePayable(const Order& o)
{
    if (o.status != u"pending_payment")
        throw Conflict(u"This order is %1; it takes no payment."_qs.arg(o.status));
    if (balanceOf(o) <= 0)
        throw Conflict(u"This order is already paid."_qs);
}

} // namespace

QJsonObject paymentJson(const PaymentRecord& record)
{
    QJsonObject json = toJson(record.payment);
    json.insert(u"refunded"_qs, toJson(Money{record.refunded, record.payment.amount.currency}));
    json.insert(u"created_at"_qs,
                toRfc3339(record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc()));
    json.insert(u"cash_session_id"_qs,
                record.cashSessionId.isEmpty() ? QJsonValue() : QJsonValue(record.cashSessionId));
    return json;
}

QJsonObject PaymentService::tokenize(const QJsonObject& body)
{
    JsonReader r(body);
    const QString number = r.string(u"number"_qs, 32);
    const int month = int(r.integer(u"exp_month"_qs, 1, 12));
    const int year = int(r.integer(u"exp_year"_qs, 2000, 2100));
    const QString cvc = r.string(u"cvc"_qs, 4);
    r.throwIfErrors();
    const CardToken token = m_gateway.tokenize(number, month, year, cvc);
    return {{u"token"_qs, token.token}, {u"brand"_qs, token.brand}, {u"last4"_qs, token.last4}};
}

PaymentAttempt PaymentService::preparePayment(const Principal& principal, const OrderId& id,
                                              const QJsonObject& body, const QString& idempotencyScope)
{
    refuseRegisterToken(principal);
    const OrderRecord record = m_orders.visibleOrder(principal, id);
    JsonReader r(body);
    PaymentAttempt attempt;
    attempt.method = r.string(u"method"_qs, 16);
    QString token;
    if (attempt.method == u"card")
        token = r.string(u"token"_qs, 64);
    else if (attempt.method == u"cash")
        attempt.tendered = r.money(u"tendered"_qs);
    else if (attempt.method != u"terminal" && !attempt.method.isEmpty())
        r.fail(u"method"_qs, u"must be card, cash or terminal"_qs);
    const std::optional<Money> part = r.optionalMoney(u"amount"_qs);
    attempt.cashSessionId = r.optionalString(u"cash_session_id"_qs, 64).value_or(QString());
    r.throwIfErrors();

    const Role role = principal.user.role;
    if (attempt.method == u"cash" && !principal.is(Role::Staff))
        throw Forbidden(u"Cash is taken at the counter by staff."_qs);
    if (attempt.method == u"terminal" && role == Role::Customer)
        throw Forbidden(u"The card terminal is in the store: pay by card online."_qs);
    if (attempt.method == u"cash" && attempt.cashSessionId.isEmpty())
        throw Invalid(u"cash_session_id"_qs, u"is required for cash: the register's open cash session"_qs);
    requirePayable(record.order);
    const Money balance{balanceOf(record.order), record.order.totals.total.currency};
    attempt.amount = balance;
    if (part) { // a split payment pays a part of the balance
        if (part->currency != balance.currency)
            throw Invalid(u"amount.currency"_qs, u"must be %1"_qs.arg(balance.currency));
        if (part->amount < 1 || part->amount > balance.amount)
            throw Invalid(u"amount.amount"_qs,
                          u"must be between 1 and the balance, %1"_qs.arg(balance.amount));
        attempt.amount = *part;
    }
    attempt.order = record;
    if (!attempt.cashSessionId.isEmpty())
        (void)m_drawers.sessionForMoney(principal, attempt.cashSessionId);

    if (attempt.method == u"cash") {
        if (attempt.tendered->currency != attempt.amount.currency)
            throw Invalid(u"tendered.currency"_qs, u"must be %1"_qs.arg(attempt.amount.currency));
        if (attempt.tendered->amount < attempt.amount.amount)
            throw Invalid(u"tendered.amount"_qs,
                          u"is less than the %1 due"_qs.arg(attempt.amount.format(MoneyLocale::English)));
        attempt.charge.approved = true;
        return attempt;
    }
    const QString gatewayKey = u"pay:"_qs + idempotencyScope + u':' + id.value;
    attempt.gatewayKey = gatewayKey;
    if (attempt.method == u"card") {
        const auto card = m_store.cardToken(token);
        if (!card)
            throw Invalid(u"token"_qs, u"is not a known card token"_qs);
        attempt.cardBrand = card->brand;
        attempt.cardLast4 = card->last4;
        // Charged in recordPayment, inside the transaction: the simulator's records then commit
        // with the payment, one commit instead of two.
        attempt.card = *card;
    } else {
        attempt.charge = m_gateway.chargeTerminal(gatewayKey, attempt.amount);
        attempt.cardBrand = u"card"_qs;
    }
    return attempt;
}

PaymentRecord PaymentService::recordPayment(const Principal& principal, const OrderId& id,
                                            PaymentAttempt& attempt)
{
    // The order as prepared, unless it was written since (then read again: it may have been paid,
    // cancelled or refunded meanwhile). Who may see it does not change with its versions.
    OrderRecord record = m_store.orderVersion(id) == attempt.order.version && attempt.order.order.id == id
                             ? attempt.order
                             : m_orders.visibleOrder(principal, id);
    Order& o = record.order;
    // The order may have changed while the terminal waited for the shopper: never capture twice
    // or too much (another till may have taken a part of a split payment meanwhile). Its charge
    // is returned after the rollback (returnCharge): a refund made here would be rolled back with
    // the rest. A card is charged only after this check, under the write lock, so its order
    // cannot change in between. The same for the drawer: closed meanwhile, it takes nothing.
    const auto refuse = [&](const QString& why) {
        if (attempt.charge.approved && attempt.method == u"terminal") {
            attempt.returnCharge = true;
            throw Conflict(why + u" The terminal's charge is returned."_qs);
        }
        throw Conflict(why + u" Nothing was charged."_qs);
    };
    if (o.status != u"pending_payment" || attempt.amount.amount > balanceOf(o))
        refuse(u"The order changed while paying. Try again."_qs);
    if (!attempt.cashSessionId.isEmpty()) {
        try {
            (void)m_drawers.sessionForMoney(principal, attempt.cashSessionId);
        } catch (const Conflict& closed) {
            refuse(closed.detail());
        }
    }
    if (attempt.card)
        attempt.charge = m_gateway.charge(attempt.gatewayKey, *attempt.card, attempt.amount);
    PaymentRecord payment;
    Payment& p = payment.payment;
    p.id = newId(u"pay"_qs);
    p.orderId = o.id;
    p.method = attempt.method;
    p.amount = attempt.amount;
    p.status = attempt.charge.approved ? u"captured"_qs : u"declined"_qs;
    p.declineCode = attempt.charge.declineCode;
    p.cardBrand = attempt.cardBrand;
    p.cardLast4 = attempt.cardLast4;
    if (attempt.tendered)
        p.changeDue = attempt.tendered->minus(attempt.amount);
    payment.gatewayReference = attempt.charge.reference;
    payment.createdAt = QDateTime::currentDateTimeUtc();
    payment.cashSessionId = attempt.cashSessionId;
    // The VAT it carries, for its session's report (a declined payment carries nothing).
    if (attempt.charge.approved && !attempt.cashSessionId.isEmpty())
        payment.taxes = allocateTaxes(record, attempt.amount.amount);
    m_store.savePayment(payment, true);
    if (attempt.charge.approved) {
        o.paidTotal = o.paidTotal.plus(attempt.amount);
        const bool becamePaid = balanceOf(o) <= 0 && o.status != u"paid";
        if (balanceOf(o) <= 0) {
            o.status = u"paid"_qs;
            o.reservationExpiresAt = QDateTime();
        }
        o.updatedAt = QDateTime::currentDateTimeUtc();
        m_store.saveOrder(record, false);
        if (becamePaid)
            m_orders.statusChanged(record);
    }
    return payment;
}

void PaymentService::returnCharge(const PaymentAttempt& attempt)
{
    if (!attempt.returnCharge)
        return;
    const RefundResult r =
        m_gateway.refund(u"return:"_qs + attempt.gatewayKey, attempt.charge.reference, attempt.amount);
    if (r.refunded)
        return;
    qCCritical(lcPayments) << "the terminal's charge" << attempt.charge.reference
                           << "of an order that changed was not returned:" << r.failureCode;
    throw Unavailable(
        u"The order changed while paying, and the payment processor did not take the terminal's "
        "charge back (%1). Retry with the same Idempotency-Key."_qs.arg(r.failureCode),
        {{u"failure_code"_qs, r.failureCode}});
}

RefundAttempt PaymentService::prepareRefund(const Principal& principal, const QString& paymentId,
                                            const QJsonObject& body, const QString& idempotencyScope)
{
    const auto payment = m_store.payment(paymentId);
    if (!payment)
        throw NotFound(u"No payment with id %1."_qs.arg(paymentId));
    const OrderRecord order = m_orders.visibleOrder(principal, payment->payment.orderId);
    if (!principal.is(Role::Staff))
        throw Forbidden(u"Refunds are made by staff."_qs);
    JsonReader r(body);
    RefundAttempt attempt{paymentId, r.money(u"amount"_qs),
                          r.optionalString(u"reason"_qs, 500).value_or(QString()), QString(),
                          r.optionalString(u"cash_session_id"_qs, 64).value_or(QString())};
    r.throwIfErrors();
    // Cash goes back out of a drawer: the register's open session says which.
    if (payment->payment.method == u"cash" && attempt.cashSessionId.isEmpty())
        throw Invalid(u"cash_session_id"_qs,
                      u"is required to refund cash: the open cash session it comes out of"_qs);
    if (!attempt.cashSessionId.isEmpty())
        (void)m_drawers.sessionForMoney(principal, attempt.cashSessionId);
    if (attempt.amount.currency != payment->payment.amount.currency)
        throw Invalid(u"amount.currency"_qs, u"must be %1"_qs.arg(payment->payment.amount.currency));
    if (attempt.amount.amount <= 0)
        throw Invalid(u"amount.amount"_qs, u"must be positive"_qs);
    if (payment->payment.status == u"declined")
        throw Invalid(u"amount"_qs, u"a declined payment has nothing to refund"_qs);
    const qint64 refundable = payment->payment.amount.amount - payment->refunded;
    if (attempt.amount.amount > refundable)
        throw Invalid(u"amount.amount"_qs, u"exceeds the %1 still refundable"_qs.arg(refundable));
    if (payment->payment.method == u"cash")
        return attempt; // handed back at the counter
    const RefundResult made = m_gateway.refund(u"refund:"_qs + idempotencyScope + u':' + paymentId,
                                               payment->gatewayReference, attempt.amount);
    if (made.failureCode == u"exceeds_charge")
        throw Invalid(u"amount.amount"_qs, u"exceeds what the processor still holds of the payment"_qs);
    if (made.failureCode == u"idempotency_key_reused")
        throw Invalid(u"Idempotency-Key"_qs, u"was used for another refund of this payment"_qs);
    if (!made.refunded)
        throw Unavailable(
            made.failureCode == u"processor_timeout"
                ? u"The payment processor did not answer: the refund may have been made. Retry "
                  "with the same Idempotency-Key; it is never made twice."_qs
                : u"The payment processor refused the refund (%1); nothing was refunded."_qs.arg(
                      made.failureCode),
            {{u"failure_code"_qs, made.failureCode}});
    attempt.gatewayReference = made.reference;
    return attempt;
}

QJsonObject PaymentService::recordRefund(const RefundAttempt& attempt, const QString& source)
{
    auto payment = m_store.payment(attempt.paymentId);
    // Checked again under the write lock, for cash (two refunds at once, on two tills). The
    // processor already bounds what it refunds by what it captured, and every refund recorded
    // here is one it made.
    const qint64 refundable = payment->payment.amount.amount - payment->refunded;
    if (attempt.amount.amount > refundable)
        throw Invalid(u"amount.amount"_qs, u"exceeds the %1 still refundable"_qs.arg(refundable));
    const bool cash = payment->payment.method == u"cash";
    QString sessionId = attempt.cashSessionId;
    if (!sessionId.isEmpty()) {
        const auto session = m_store.cashSession(sessionId);
        if (session->session.status != u"open") {
            // Cash not handed over yet stays in the drawer. A processor's refund is made already:
            // it is recorded, outside the session whose Z report is closed.
            if (cash)
                throw Conflict(
                    u"Cash session %1 was closed meanwhile: nothing was refunded."_qs.arg(sessionId));
            qCWarning(lcPayments) << "refund of" << attempt.paymentId << "recorded outside session"
                                  << sessionId << ", closed while the processor refunded it";
            sessionId.clear();
        }
    }
    auto order = m_store.order(payment->payment.orderId);
    RefundRecord refund{newId(u"ref"_qs),
                        attempt.paymentId,
                        attempt.amount.amount,
                        attempt.reason,
                        source,
                        attempt.gatewayReference,
                        payment->payment.method,
                        sessionId,
                        {},
                        {}};
    // Without lines, a refund gives back VAT as a payment of its amount would carry: the drawer's
    // Z report and the fiscal journal's closures count it by rate.
    refund.taxes = allocateTaxes(*order, attempt.amount.amount);
    m_store.saveRefund(refund);
    payment->refunded += attempt.amount.amount;
    payment->payment.status =
        payment->refunded == payment->payment.amount.amount ? u"refunded"_qs : u"partially_refunded"_qs;
    m_store.savePayment(*payment, false);
    order->order.refundedTotal = order->order.refundedTotal.plus(attempt.amount);
    order->order.updatedAt = QDateTime::currentDateTimeUtc();
    m_store.saveOrder(*order, false);
    return {{u"id"_qs, refund.id},
            {u"payment_id"_qs, refund.paymentId},
            {u"amount"_qs, toJson(attempt.amount)},
            {u"reason"_qs, refund.reason.isEmpty() ? QJsonValue() : QJsonValue(refund.reason)},
            {u"method"_qs, refund.method},
            {u"cash_session_id"_qs,
             refund.cashSessionId.isEmpty() ? QJsonValue() : QJsonValue(refund.cashSessionId)},
            {u"payment"_qs, paymentJson(*payment)}};
}

QJsonObject PaymentService::handleWebhook(const QString& signatureHeader, const QByteArray& body)
{
    switch (verifyWebhook(signatureHeader, body, m_webhookSecret, QDateTime::currentSecsSinceEpoch())) {
    case SignatureCheck::Valid:
        break;
    case SignatureCheck::Missing:
        throw Invalid::malformed(u"The Comptoir-Signature header is missing."_qs, u"Comptoir-Signature"_qs);
    case SignatureCheck::Malformed:
        throw Invalid::malformed(u"The Comptoir-Signature header is malformed."_qs, u"Comptoir-Signature"_qs);
    case SignatureCheck::Stale:
        throw Invalid::malformed(u"The signature is older than 5 minutes."_qs, u"Comptoir-Signature"_qs);
    case SignatureCheck::Mismatch:
        throw Invalid::malformed(u"The signature does not match the body."_qs, u"Comptoir-Signature"_qs);
    }
    QJsonParseError error{};
    const QJsonObject event = QJsonDocument::fromJson(body, &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Invalid::malformed(u"The event is not valid JSON."_qs);
    JsonReader r(event);
    const QString id = r.string(u"id"_qs, 128);
    const QString type = r.string(u"type"_qs, 64);
    const QJsonObject data = r.optionalObject(u"data"_qs).value_or(QJsonObject());
    r.throwIfErrors();

    QJsonObject answer{{u"id"_qs, id}, {u"type"_qs, type}};
    m_store.transaction([&] {
        if (!m_store.recordWebhookEvent(id, type)) {
            answer.insert(u"status"_qs, u"duplicate"_qs);
            return;
        }
        // Events name our payment id, or the processor's own reference for the charge.
        QString paymentId = data.value(u"payment_id"_qs).toString();
        if (paymentId.isEmpty() && data.value(u"reference"_qs).isString())
            paymentId =
                m_store.paymentIdForReference(data.value(u"reference"_qs).toString()).value_or(QString());
        const auto payment = m_store.payment(paymentId);
        // Only money the processor captured can come back through it.
        const bool processorCapture =
            payment && payment->payment.method != u"cash" && payment->payment.status != u"declined";
        if (type == u"payment.refunded" && processorCapture) {
            // A refund made at the processor (its dashboard, a chargeback): mirror it, bounded.
            JsonReader dr(data);
            const Money amount = dr.money(u"amount"_qs);
            dr.throwIfErrors();
            if (amount.currency != payment->payment.amount.currency || amount.amount <= 0)
                throw Invalid(u"data.amount"_qs,
                              u"must be a positive amount in %1"_qs.arg(payment->payment.amount.currency));
            const qint64 refundable = payment->payment.amount.amount - payment->refunded;
            const Money applied{std::min(amount.amount, refundable), payment->payment.amount.currency};
            if (applied.amount > 0)
                recordRefund(RefundAttempt{paymentId, applied, u"processor refund"_qs, QString(), QString()},
                             u"webhook"_qs);
            answer.insert(u"status"_qs, u"applied"_qs);
        } else if (type == u"payment.captured" && payment) {
            answer.insert(u"status"_qs,
                          payment->payment.status == u"captured" ? u"confirmed"_qs : u"noted"_qs);
        } else {
            answer.insert(u"status"_qs, u"ignored"_qs);
        }
    });
    return answer;
}

} // namespace comptoir::server
