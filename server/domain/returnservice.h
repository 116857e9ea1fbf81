#pragma once
// Returns, omnichannel (API.md, second part: Returns): staff of any store take back goods of an
// order bought anywhere. The refund is the server's: each line's share of what was paid, never
// more than what is still refundable, given back to the original payments (cards through the
// processor) or in cash from the taker's open drawer; restocked goods go back on hand at the
// taker's store. Everything is decided and written in one write transaction, so two tills taking
// back the same lines at once can neither return more than was sold nor refund more than was paid.

#include "domain/cashsessionservice.h"
#include "domain/errors.h"
#include "domain/orderservice.h"
#include "domain/paymentgateway.h"

#include <QJsonObject>

namespace comptoir::server {

struct ReturnRequest {
    OrderId orderId;
    struct Line {
        QString sku;
        qint64 quantity = 0;
    };
    QList<Line> lines;
    bool restock = false;
    QString reason;
    QString refundMethod; // "original" or "cash"
    QString cashSessionId;
    // The caller's Idempotency-Key, scoped to them: the processor's refund keys are made from it,
    // so a return retried after a processor's failure asks for the same refunds again.
    QString idempotencyScope;
};

// A return taken, or the processor's refusal: then nothing of ours was written, but what the
// processor did answer is kept (it stands whatever we do), and the same request may be retried.
struct TakenReturn {
    ReturnRecord record;
    std::optional<Unavailable> refused;
};

class ReturnService {
public:
    ReturnService(Store& store, PaymentGateway& gateway, CashSessionService& drawers)
        : m_store(store), m_gateway(gateway), m_drawers(drawers)
    {
    }

    // GET /orders/{id}/returnable: staff of any store (404 for an unknown order).
    [[nodiscard]] QJsonObject returnable(const Principal& principal, const OrderId& id);
    // Reads and checks the body and who asks, outside the write lock (422, 403, 404).
    [[nodiscard]] ReturnRequest prepare(const Principal& principal, const OrderId& id,
                                        const QJsonObject& body, const QString& idempotencyScope);
    // Inside the write transaction: checks again against what is stored now, refunds, restocks and
    // records the return.
    [[nodiscard]] TakenReturn take(const Principal& principal, const ReturnRequest& request);
    // GET /orders/{id}/returns: who may see the order, and staff of a store that took one of
    // its returns back; anyone else 404.
    [[nodiscard]] QList<ReturnRecord> returnsOf(const Principal& principal, const OrderId& id);

private:
    struct Plan;
    // What the return will do, decided from what is stored now; writes nothing. 404, 409 (the
    // order takes no return, a drawer that is not the caller's), 422 (lines, drawer, restock).
    [[nodiscard]] Plan plan(const Principal& principal, const ReturnRequest& request);

    Store& m_store;
    PaymentGateway& m_gateway;
    CashSessionService& m_drawers;
};

} // namespace comptoir::server
