// SqlStore: promotions, the payment simulator's card tokens, charges, refunds and outgoing
// events, payments, refunds and received webhook events.
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonDocument>

namespace comptoir::server {

namespace {

constexpr const char* kPromotionColumns = "code, percent_off, amount_off, currency, min_subtotal, starts_at, "
                                          "ends_at, max_uses, uses, version, disabled";

QDateTime fromMillis(const sql::Statement& st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column), Qt::UTC);
}

Promotion readPromotion(const sql::Statement& st)
{
    Promotion p;
    p.code = st.text(0);
    const QString currency = st.text(3);
    if (!st.isNull(1))
        p.percentOff = int(st.int64(1));
    if (!st.isNull(2))
        p.amountOff = Money{st.int64(2), currency};
    p.minSubtotal = Money{st.int64(4), currency};
    p.startsAt = fromMillis(st, 5);
    p.endsAt = fromMillis(st, 6);
    if (!st.isNull(7))
        p.maxUses = st.int64(7);
    p.uses = st.int64(8);
    p.version = st.int64(9);
    p.disabled = st.int64(10) != 0;
    return p;
}

std::string promotionJson(const Promotion& p)
{
    return QJsonDocument(toJson(p)).toJson(QJsonDocument::Compact).toStdString();
}

PaymentRecord readPayment(const sql::Statement& st)
{
    PaymentRecord r;
    Payment& p = r.payment;
    p.id = st.text(0);
    p.orderId.value = st.text(1);
    p.method = st.text(2);
    p.status = st.text(3);
    p.amount = Money{st.int64(4), st.text(5)};
    r.refunded = st.int64(6);
    p.cardBrand = st.isNull(7) ? QString() : st.text(7);
    p.cardLast4 = st.isNull(8) ? QString() : st.text(8);
    p.declineCode = st.isNull(9) ? QString() : st.text(9);
    if (!st.isNull(10))
        p.changeDue = Money{st.int64(10), st.text(5)};
    r.gatewayReference = st.isNull(11) ? QString() : st.text(11);
    r.createdAt = fromRfc3339(st.text(12));
    r.cashSessionId = st.isNull(13) ? QString() : st.text(13);
    return r;
}

// The VAT shares of a payment or refund, each row naming the session it went through (the
// session's report sums them by rate).
void insertTaxShares(sql::Connection& c, const char* table, const char* owner, const QString& id,
                     const QString& cashSessionId, const QList<TaxShare>& taxes)
{
    const std::string sql = std::string("INSERT INTO ") + table + "(" + owner +
                            ", rate_bp, total, tax, cash_session_id) VALUES(?, ?, ?, ?, ?)";
    for (const TaxShare& share : taxes) // one statement per row: it is reset when it goes
        c.prepare(sql)
            .bind(1, id)
            .bind(2, share.rateBp)
            .bind(3, share.total)
            .bind(4, share.tax)
            .bindOptional(5, cashSessionId)
            .exec();
}

constexpr const char* kGatewayChargeSelect =
    "SELECT reference, approved, decline_code, amount, refund_behaviour FROM gateway_charges ";

GatewayCharge readGatewayCharge(const sql::Statement& st)
{
    return GatewayCharge{st.text(0), st.int64(1) != 0, st.isNull(2) ? QString() : st.text(2), st.int64(3),
                         st.isNull(4) ? QString() : st.text(4)};
}

constexpr const char* kPaymentSelect =
    "SELECT id, order_id, method, status, amount, currency, refunded, card_brand, card_last4, decline_code, "
    "change_due, gateway_reference, created_at, cash_session_id FROM payments ";

} // namespace

std::optional<Promotion> SqlStore::promotion(const QString& code)
{
    auto st = conn().prepare(std::string("SELECT ") + kPromotionColumns + " FROM promotions WHERE code = ?");
    st.bind(1, code);
    if (!st.step())
        return std::nullopt;
    return readPromotion(st);
}

QList<Promotion> SqlStore::promotions()
{
    auto st = conn().prepare(std::string("SELECT ") + kPromotionColumns + " FROM promotions ORDER BY code");
    QList<Promotion> out;
    while (st.step())
        out.append(readPromotion(st));
    return out;
}

void SqlStore::createPromotion(const Promotion& p)
{
    transaction([&] {
        if (promotion(p.code))
            throw Conflict(u"A promotion with code %1 already exists."_qs.arg(p.code));
        auto st = conn().prepare(
            "INSERT INTO promotions(code, percent_off, amount_off, currency, min_subtotal, "
            "starts_at, ends_at, max_uses, uses, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
        st.bind(1, p.code);
        if (p.percentOff)
            st.bind(2, *p.percentOff);
        else
            st.bind(2, nullptr);
        if (p.amountOff)
            st.bind(3, p.amountOff->amount);
        else
            st.bind(3, nullptr);
        st.bind(4, p.amountOff ? p.amountOff->currency : p.minSubtotal.currency)
            .bind(5, p.minSubtotal.amount);
        if (p.startsAt.isValid())
            st.bind(6, p.startsAt.toMSecsSinceEpoch());
        else
            st.bind(6, nullptr);
        if (p.endsAt.isValid())
            st.bind(7, p.endsAt.toMSecsSinceEpoch());
        else
            st.bind(7, nullptr);
        if (p.maxUses)
            st.bind(8, *p.maxUses);
        else
            st.bind(8, nullptr);
        st.bind(9, toRfc3339(QDateTime::currentDateTimeUtc())).exec();
        appendChange(u"promotion"_qs, p.code, ChangeOp::Upsert, promotionJson(p));
    });
}

bool SqlStore::takePromotionUse(const QString& code)
{
    bool taken = false;
    transaction([&] {
        conn()
            .prepare("UPDATE promotions SET uses = uses + 1 WHERE code = ? AND disabled = 0 AND (max_uses IS "
                     "NULL OR uses < "
                     "max_uses)")
            .bind(1, code)
            .exec();
        taken = conn().changes() == 1;
        if (taken)
            appendChange(u"promotion"_qs, code, ChangeOp::Upsert, promotionJson(*promotion(code)));
    });
    return taken;
}

void SqlStore::returnPromotionUse(const QString& code)
{
    transaction([&] {
        conn()
            .prepare("UPDATE promotions SET uses = uses - 1 WHERE code = ? AND uses > 0")
            .bind(1, code)
            .exec();
        if (conn().changes() == 1)
            appendChange(u"promotion"_qs, code, ChangeOp::Upsert, promotionJson(*promotion(code)));
    });
}

void SqlStore::saveCardToken(const CardToken& t)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO card_tokens(token, brand, last4, behaviour, used, created_at) VALUES(?, ?, "
                     "?, ?, 0, ?)")
            .bind(1, t.token)
            .bind(2, t.brand)
            .bind(3, t.last4)
            .bind(4, t.behaviour)
            .bind(5, QDateTime::currentSecsSinceEpoch())
            .exec();
    });
}

std::optional<CardToken> SqlStore::cardToken(const QString& token)
{
    auto st = conn().prepare("SELECT token, brand, last4, behaviour, used FROM card_tokens WHERE token = ?");
    st.bind(1, token);
    if (!st.step())
        return std::nullopt;
    return CardToken{st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0};
}

void SqlStore::markCardTokenUsed(const QString& token)
{
    transaction(
        [&] { conn().prepare("UPDATE card_tokens SET used = 1 WHERE token = ?").bind(1, token).exec(); });
}

std::optional<GatewayCharge> SqlStore::gatewayCharge(const QString& key)
{
    auto st = conn().prepare(std::string(kGatewayChargeSelect) + "WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return readGatewayCharge(st);
}

std::optional<GatewayCharge> SqlStore::gatewayChargeByReference(const QString& reference)
{
    auto st = conn().prepare(std::string(kGatewayChargeSelect) + "WHERE reference = ?");
    st.bind(1, reference);
    if (!st.step())
        return std::nullopt;
    return readGatewayCharge(st);
}

std::optional<GatewayRefund> SqlStore::gatewayRefund(const QString& key)
{
    auto st = conn().prepare("SELECT reference, charge_reference, amount FROM gateway_refunds WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return GatewayRefund{st.text(0), st.text(1), st.int64(2)};
}

qint64 SqlStore::gatewayRefundedTotal(const QString& chargeReference)
{
    auto st =
        conn().prepare("SELECT COALESCE(SUM(amount), 0) FROM gateway_refunds WHERE charge_reference = ?");
    st.bind(1, chargeReference);
    return st.step() ? st.int64(0) : 0;
}

void SqlStore::saveGatewayRefund(const QString& key, const GatewayRefund& refund)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO gateway_refunds(key, charge_reference, reference, amount, created_at) "
                     "VALUES(?, ?, ?, ?, ?)")
            .bind(1, key)
            .bind(2, refund.chargeReference)
            .bind(3, refund.reference)
            .bind(4, refund.amount)
            .bind(5, QDateTime::currentSecsSinceEpoch())
            .exec();
    });
}

void SqlStore::saveGatewayCharge(const QString& key, const GatewayCharge& charge)
{
    transaction([&] {
        conn()
            .prepare(
                "INSERT INTO gateway_charges(key, reference, approved, decline_code, amount, created_at, "
                "refund_behaviour) VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(1, key)
            .bind(2, charge.reference)
            .bind(3, qint64(charge.approved))
            .bindOptional(4, charge.declineCode)
            .bind(5, charge.amount)
            .bind(6, QDateTime::currentSecsSinceEpoch())
            .bindOptional(7, charge.refundBehaviour)
            .exec();
    });
}

void SqlStore::savePayment(const PaymentRecord& r, bool isNew)
{
    const Payment& p = r.payment;
    transaction([&] {
        if (!isNew) {
            conn()
                .prepare("UPDATE payments SET status = ?, refunded = ? WHERE id = ?")
                .bind(1, p.status)
                .bind(2, r.refunded)
                .bind(3, p.id)
                .exec();
            return;
        }
        auto st = conn().prepare(
            "INSERT INTO payments(id, order_id, method, status, amount, currency, refunded, card_brand, "
            "card_last4, decline_code, change_due, gateway_reference, created_at, cash_session_id) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, p.id)
            .bind(2, p.orderId.value)
            .bind(3, p.method)
            .bind(4, p.status)
            .bind(5, p.amount.amount)
            .bind(6, p.amount.currency)
            .bind(7, r.refunded)
            .bindOptional(8, p.cardBrand)
            .bindOptional(9, p.cardLast4)
            .bindOptional(10, p.declineCode);
        if (p.changeDue)
            st.bind(11, p.changeDue->amount);
        else
            st.bind(11, nullptr);
        st.bindOptional(12, r.gatewayReference)
            .bind(13, toRfc3339(recordingTime()))
            .bindOptional(14, r.cashSessionId)
            .exec();
        insertTaxShares(conn(), "payment_taxes", "payment_id", p.id, r.cashSessionId, r.taxes);
    });
}

std::optional<PaymentRecord> SqlStore::payment(const QString& id)
{
    auto st = conn().prepare(std::string(kPaymentSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readPayment(st);
}

QList<PaymentRecord> SqlStore::payments(const OrderId& order)
{
    auto st = conn().prepare(std::string(kPaymentSelect) + "WHERE order_id = ? ORDER BY created_at, id");
    st.bind(1, order.value);
    QList<PaymentRecord> out;
    while (st.step())
        out.append(readPayment(st));
    return out;
}

void SqlStore::saveRefund(const RefundRecord& r)
{
    transaction([&] {
        conn()
            .prepare(
                "INSERT INTO refunds(id, payment_id, amount, reason, source, created_at, "
                "gateway_reference, method, cash_session_id, return_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, r.id)
            .bind(2, r.paymentId)
            .bind(3, r.amount)
            .bindOptional(4, r.reason)
            .bind(5, r.source)
            .bind(6, toRfc3339(recordingTime()))
            .bindOptional(7, r.gatewayReference)
            .bindOptional(8, r.method)
            .bindOptional(9, r.cashSessionId)
            .bindOptional(10, r.returnId)
            .exec();
        insertTaxShares(conn(), "refund_taxes", "refund_id", r.id, r.cashSessionId, r.taxes);
        journalRefund(r);
    });
}

std::optional<QString> SqlStore::paymentIdForReference(const QString& gatewayReference)
{
    auto st = conn().prepare("SELECT id FROM payments WHERE gateway_reference = ?");
    st.bind(1, gatewayReference);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

bool SqlStore::recordWebhookEvent(const QString& id, const QString& type)
{
    bool fresh = false;
    transaction([&] {
        conn()
            .prepare("INSERT INTO webhook_events(id, type, received_at) VALUES(?, ?, ?) ON CONFLICT(id) DO "
                     "NOTHING")
            .bind(1, id)
            .bind(2, type)
            .bind(3, toRfc3339(QDateTime::currentDateTimeUtc()))
            .exec();
        fresh = conn().changes() == 1;
    });
    return fresh;
}

void SqlStore::enqueueWebhookEvent(const QString& eventId, const QByteArray& body, const QDateTime& dueAt)
{
    transaction([&] {
        conn()
            .prepare(
                "INSERT INTO webhook_outbox(event_id, body, next_attempt_at, created_at) VALUES(?, ?, ?, ?)")
            .bind(1, eventId)
            .bind(2, QString::fromUtf8(body))
            .bind(3, dueAt.toMSecsSinceEpoch())
            .bind(4, QDateTime::currentMSecsSinceEpoch())
            .exec();
    });
}

QList<OutboxEvent> SqlStore::dueWebhookEvents(const QDateTime& now, int limit)
{
    auto st =
        conn().prepare("SELECT id, event_id, body, attempts FROM webhook_outbox WHERE next_attempt_at <= ? "
                       "ORDER BY next_attempt_at, id LIMIT ?");
    st.bind(1, now.toMSecsSinceEpoch()).bind(2, qint64(limit));
    QList<OutboxEvent> out;
    while (st.step())
        out.append(OutboxEvent{st.int64(0), st.text(1), st.text(2).toUtf8(), int(st.int64(3))});
    return out;
}

std::optional<QDateTime> SqlStore::nextWebhookEventDue()
{
    auto st = conn().prepare("SELECT MIN(next_attempt_at) FROM webhook_outbox");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(st.int64(0), Qt::UTC);
}

void SqlStore::webhookEventDelivered(qint64 id)
{
    transaction([&] { conn().prepare("DELETE FROM webhook_outbox WHERE id = ?").bind(1, id).exec(); });
}

void SqlStore::webhookEventFailed(qint64 id, int attempts, const QDateTime& nextAttempt, const QString& error)
{
    transaction([&] {
        conn()
            .prepare(
                "UPDATE webhook_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
            .bind(1, qint64(attempts))
            .bind(2, nextAttempt.toMSecsSinceEpoch())
            .bind(3, error)
            .bind(4, id)
            .exec();
    });
}

} // namespace comptoir::server
