#pragma once
// Payments of orders: card (simulator tokens), cash at the counter, the store's card terminal,
// each for the balance or a part of it (split payments); refunds bounded by what was captured;
// signed webhooks from the processor. A payment or refund may go through a register's open cash
// session (cash must: it goes into or out of a drawer), whose report then counts it with the VAT
// it carries. Every payment request is idempotent: the processor is called before the
// transaction with a key derived from the request's Idempotency-Key, and the transaction records
// what it answered.

#include "domain/cashsessionservice.h"
#include "domain/orderservice.h"
#include "domain/paymentgateway.h"

#include <QJsonObject>

namespace comptoir::server {

// What the prepare step (processor call) hands to the recording step.
struct PaymentAttempt {
    QString method;
    Money amount;
    std::optional<Money> tendered;
    QString cashSessionId; // checked in prepare, and again when recorded
    ChargeResult charge;
    std::optional<CardToken> card; // a card to charge when the payment is recorded
    QString gatewayKey;
    QString cardBrand;
    QString cardLast4;
    OrderRecord order; // as prepared: recordPayment uses it if its version is still the stored one
    // Set when the order changed while the terminal charged it: the charge goes back to the
    // shopper once the transaction has rolled back (returnCharge).
    bool returnCharge = false;
};

struct RefundAttempt {
    QString paymentId;
    Money amount;
    QString reason;
    QString gatewayReference; // the processor's refund, when the processor made one
    QString cashSessionId;    // the drawer session it goes through, if any (always for cash)
};

class PaymentService {
public:
    PaymentService(Store& store, PaymentGateway& gateway, OrderService& orders, CashSessionService& drawers,
                   QByteArray webhookSecret)
        : m_store(store), m_gateway(gateway), m_orders(orders), m_drawers(drawers),
          m_webhookSecret(std::move(webhookSecret))
    {
    }

    [[nodiscard]] QJsonObject tokenize(const QJsonObject& body);

    // Step 1, outside the transaction: checks who may pay what; a terminal is asked here (it
    // takes seconds), a card is charged in step 2.
    PaymentAttempt preparePayment(const Principal& principal, const OrderId& id, const QJsonObject& body,
                                  const QString& idempotencyScope);
    // Step 2, in the transaction: records the payment and moves the order to paid when covered.
    PaymentRecord recordPayment(const Principal& principal, const OrderId& id, PaymentAttempt& attempt);
    // After a step 2 that failed, outside the transaction: gives back a terminal's charge whose
    // order changed meanwhile (a 502 when the processor will not take it back).
    void returnCharge(const PaymentAttempt& attempt);

    // Step 1 of a refund, outside the transaction: checks it, then has the processor make it,
    // keyed by the request's Idempotency-Key, so that a retry of a refund whose answer was lost
    // gets the same refund back instead of a second one. 422 when the processor holds less than
    // that, 502 when it refuses or does not answer.
    RefundAttempt prepareRefund(const Principal& principal, const QString& paymentId, const QJsonObject& body,
                                const QString& idempotencyScope);
    // Step 2, in the transaction (or a webhook's): records the refund on the payment and order.
    QJsonObject recordRefund(const RefundAttempt& attempt, const QString& source);

    // Verifies the signature and applies the event once; throws 400 on a bad signature.
    [[nodiscard]] QJsonObject handleWebhook(const QString& signatureHeader, const QByteArray& body);

private:
    Store& m_store;
    PaymentGateway& m_gateway;
    OrderService& m_orders;
    CashSessionService& m_drawers;
    QByteArray m_webhookSecret;
};

[[nodiscard]] QJsonObject paymentJson(const PaymentRecord& record);

} // namespace comptoir::server
