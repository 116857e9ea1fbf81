#pragma once
// Payments of orders: card (simulator tokens), cash at the counter, the store's card terminal;
// refunds bounded by what was captured; signed webhooks from the processor. Every payment
// request is idempotent: the processor is called before the transaction with a key derived from
// the request's Idempotency-Key, and the transaction records what it answered.

#include "domain/orderservice.h"
#include "domain/paymentgateway.h"

#include <QJsonObject>

namespace comptoir::server {

// What the prepare step (processor call) hands to the recording step.
struct PaymentAttempt {
    QString method;
    Money amount;
    std::optional<Money> tendered;
    ChargeResult charge;
    std::optional<CardToken> card; // a card to charge when the payment is recorded
    QString gatewayKey;
    QString cardBrand;
    QString cardLast4;
    OrderRecord order; // as prepared: recordPayment uses it if its version is still the stored one
};

struct RefundAttempt {
    QString paymentId;
    Money amount;
    QString reason;
};

class PaymentService {
public:
    PaymentService(Store& store, PaymentGateway& gateway, OrderService& orders, QByteArray webhookSecret)
        : m_store(store), m_gateway(gateway), m_orders(orders), m_webhookSecret(std::move(webhookSecret))
    {
    }

    [[nodiscard]] QJsonObject tokenize(const QJsonObject& body);

    // Step 1, outside the transaction: checks who may pay what; a terminal is asked here (it
    // takes seconds), a card is charged in step 2.
    PaymentAttempt preparePayment(const Principal& principal, const OrderId& id, const QJsonObject& body,
                                  const QString& idempotencyScope);
    // Step 2, in the transaction: records the payment and moves the order to paid when covered.
    PaymentRecord recordPayment(const Principal& principal, const OrderId& id, PaymentAttempt& attempt);

    RefundAttempt prepareRefund(const Principal& principal, const QString& paymentId,
                                const QJsonObject& body);
    QJsonObject recordRefund(const RefundAttempt& attempt, const QString& source);

    // Verifies the signature and applies the event once; throws 400 on a bad signature.
    [[nodiscard]] QJsonObject handleWebhook(const QString& signatureHeader, const QByteArray& body);

private:
    Store& m_store;
    PaymentGateway& m_gateway;
    OrderService& m_orders;
    QByteArray m_webhookSecret;
};

[[nodiscard]] QJsonObject paymentJson(const PaymentRecord& record);

} // namespace comptoir::server
