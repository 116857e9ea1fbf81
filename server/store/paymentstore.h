#pragma once
// Storage of payments and refunds, and of the simulated processor's own records (card tokens,
// charges, refunds, webhook events in and out).

#include "comptoir/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace comptoir::server {

struct CardToken {
    QString token;
    QString brand;
    QString last4;
    QString behaviour; // "approve" or a decline code, decided by the simulator at tokenization
    bool used = false;
};

// The gateway's own record of a charge, kept by idempotency key so a retried charge is not
// charged twice.
struct GatewayCharge {
    QString reference;
    bool approved = false;
    QString declineCode;
    qint64 amount = 0;
    QString refundBehaviour; // the test card's: empty (refunds work), "refund_fails", "refund_times_out"
};

// The gateway's own record of a refund it made, kept by idempotency key so a refund asked again
// is answered and not made twice.
struct GatewayRefund {
    QString reference;
    QString chargeReference;
    qint64 amount = 0;
};

// A processor event waiting in the outbox to be delivered to the webhook endpoint.
struct OutboxEvent {
    qint64 id = 0;
    QString eventId;
    QByteArray body;
    int attempts = 0; // deliveries tried so far
};

// The part of a payment or refund that falls under one VAT rate: `total` tax included, `tax`
// the VAT it contains.
struct TaxShare {
    int rateBp = 0;
    qint64 total = 0;
    qint64 tax = 0;
    bool operator==(const TaxShare&) const = default;
};

struct PaymentRecord {
    Payment payment;
    qint64 refunded = 0;
    QString gatewayReference;
    QDateTime createdAt;
    QString cashSessionId; // the drawer session it was taken in, if any
    // The VAT it carries by rate (domain/taxallocation.h), kept for the session's report; written
    // with a new payment, for payments taken in a session.
    QList<TaxShare> taxes;
};

struct RefundRecord {
    QString id;
    QString paymentId;
    qint64 amount = 0;
    QString reason;
    QString source;           // "api", "cancellation", "webhook" (and "return")
    QString gatewayReference; // the processor's refund this one records, when it made one
    // How the money went back: the payment's method, or "cash" when a return hands cash back
    // for a card payment.
    QString method;
    QString cashSessionId; // the drawer session it went out of (or was recorded in), if any
    // The VAT it gives back by rate. A refund without lines is allocated as a payment
    // (allocateTaxes); a refund made by a return carries the VAT of the lines returned.
    QList<TaxShare> taxes;
    QString returnId; // the return that gave it, if a return did
};

class PaymentStore {
public:
    virtual ~PaymentStore() = default;

    virtual void saveCardToken(const CardToken& token) = 0;
    [[nodiscard]] virtual std::optional<CardToken> cardToken(const QString& token) = 0;
    virtual void markCardTokenUsed(const QString& token) = 0;
    [[nodiscard]] virtual std::optional<GatewayCharge> gatewayCharge(const QString& key) = 0;
    virtual void saveGatewayCharge(const QString& key, const GatewayCharge& charge) = 0;
    [[nodiscard]] virtual std::optional<GatewayCharge> gatewayChargeByReference(const QString& reference) = 0;
    [[nodiscard]] virtual std::optional<GatewayRefund> gatewayRefund(const QString& key) = 0;
    // The sum of the refunds the gateway made of one charge.
    [[nodiscard]] virtual qint64 gatewayRefundedTotal(const QString& chargeReference) = 0;
    virtual void saveGatewayRefund(const QString& key, const GatewayRefund& refund) = 0;
    virtual void savePayment(const PaymentRecord& record, bool isNew) = 0;
    [[nodiscard]] virtual std::optional<PaymentRecord> payment(const QString& id) = 0;
    [[nodiscard]] virtual QList<PaymentRecord> payments(const OrderId& order) = 0;
    virtual void saveRefund(const RefundRecord& refund) = 0;
    [[nodiscard]] virtual std::optional<QString> paymentIdForReference(const QString& gatewayReference) = 0;
    // False when this event id was seen before.
    virtual bool recordWebhookEvent(const QString& id, const QString& type) = 0;
    // The outbox of the processor's outgoing events (the simulator's webhooks).
    virtual void enqueueWebhookEvent(const QString& eventId, const QByteArray& body,
                                     const QDateTime& dueAt) = 0;
    [[nodiscard]] virtual QList<OutboxEvent> dueWebhookEvents(const QDateTime& now, int limit) = 0;
    // When the next event is due, if any waits.
    [[nodiscard]] virtual std::optional<QDateTime> nextWebhookEventDue() = 0;
    virtual void webhookEventDelivered(qint64 id) = 0;
    virtual void webhookEventFailed(qint64 id, int attempts, const QDateTime& nextAttempt,
                                    const QString& error) = 0;
};

} // namespace comptoir::server
