#pragma once
// What the server needs of a card processor. The built-in SimulatedGateway behaves like a real
// one (test cards that decline or whose refunds fail, a card terminal that takes its time and
// sometimes declines, idempotent charges, refunds kept per charge and bounded by it); a real
// processor is another implementation.

#include "store/store.h"

#include <QJsonObject>
#include <chrono>
#include <functional>

namespace comptoir::server {

struct ChargeResult {
    bool approved = false;
    QString declineCode;
    QString reference; // the processor's id of the charge
};

struct RefundResult {
    bool refunded = false;
    // Why not, when not: "refund_failed" (refused: nothing was refunded), "processor_timeout"
    // (no answer: the refund may have been made, and asking again with the same key tells),
    // "exceeds_charge" (the charge's refunds would pass what it captured), "unknown_charge",
    // "idempotency_key_reused" (the key made another refund).
    QString failureCode;
    QString reference; // the processor's id of the refund
};

class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;

    // Card details → a single-use token (brand and last four only are kept). Throws
    // ValidationError for a number failing Luhn, a past expiry or a malformed CVC.
    virtual CardToken tokenize(const QString& number, int expMonth, int expYear, const QString& cvc) = 0;
    // Authorizes and captures at once. The same `idempotencyKey` returns the first result and
    // never charges twice, so a request retried after a crash is safe.
    virtual ChargeResult charge(const QString& idempotencyKey, const CardToken& token,
                                const Money& amount) = 0;
    // A card-present payment on the store's terminal: waits for the shopper, may decline.
    virtual ChargeResult chargeTerminal(const QString& idempotencyKey, const Money& amount) = 0;
    // Returns `amount` of the captured charge `chargeReference`. The processor keeps its refunds
    // per charge, never more than the charge in all, and by `idempotencyKey`: the same key
    // answers the refund it made instead of making another, so a refund whose answer was lost
    // (a timeout) is asked again with the same key. A processor's refund stands whatever our
    // transaction does next: a caller inside a transaction must commit what it answered (the
    // simulator's records join that transaction), never roll it back.
    virtual RefundResult refund(const QString& idempotencyKey, const QString& chargeReference,
                                const Money& amount) = 0;
};

class SimulatedGateway final : public PaymentGateway {
public:
    struct Settings {
        std::chrono::milliseconds terminalDelay{1500};
        double terminalDeclineRate = 0.0;
    };
    SimulatedGateway(Store& store, Settings settings) : m_store(store), m_settings(settings) {}
    // Where the simulator sends its asynchronous events (payment.captured), like a processor. The
    // sink is called inside the transaction that records what the event is about.
    void setEventSink(std::function<void(const QString& type, const QJsonObject& data)> sink)
    {
        m_events = std::move(sink);
    }

    CardToken tokenize(const QString& number, int expMonth, int expYear, const QString& cvc) override;
    ChargeResult charge(const QString& idempotencyKey, const CardToken& token, const Money& amount) override;
    ChargeResult chargeTerminal(const QString& idempotencyKey, const Money& amount) override;
    RefundResult refund(const QString& idempotencyKey, const QString& chargeReference,
                        const Money& amount) override;

private:
    ChargeResult record(const QString& key, bool approved, const QString& declineCode, const Money& amount,
                        const QString& refundBehaviour = {});

    Store& m_store;
    Settings m_settings;
    std::function<void(const QString&, const QJsonObject&)> m_events;
};

} // namespace comptoir::server
