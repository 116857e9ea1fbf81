#pragma once
// What the server needs of a card processor. The built-in SimulatedGateway behaves like a real
// one (test cards that decline, a card terminal that takes its time and sometimes declines,
// refunds bounded by the charge, idempotent charges); a real processor is another implementation.

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
    // Returns money of a captured charge; true when the processor accepted it.
    virtual bool refund(const QString& reference, const Money& amount) = 0;
};

class SimulatedGateway final : public PaymentGateway {
public:
    struct Settings {
        std::chrono::milliseconds terminalDelay{1500};
        double terminalDeclineRate = 0.0;
    };
    SimulatedGateway(Store& store, Settings settings) : m_store(store), m_settings(settings) {}
    // Where the simulator sends its asynchronous events (payment.captured), like a processor.
    void setEventSink(std::function<void(const QString& type, const QJsonObject& data)> sink)
    {
        m_events = std::move(sink);
    }

    CardToken tokenize(const QString& number, int expMonth, int expYear, const QString& cvc) override;
    ChargeResult charge(const QString& idempotencyKey, const CardToken& token, const Money& amount) override;
    ChargeResult chargeTerminal(const QString& idempotencyKey, const Money& amount) override;
    bool refund(const QString& reference, const Money& amount) override;

private:
    ChargeResult record(const QString& key, bool approved, const QString& declineCode, const Money& amount);

    Store& m_store;
    Settings m_settings;
    std::function<void(const QString&, const QJsonObject&)> m_events;
};

} // namespace comptoir::server
