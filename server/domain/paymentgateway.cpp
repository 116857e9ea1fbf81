#include "domain/paymentgateway.h"

#include "comptoir/validation.h"
#include "domain/cards.h"
#include "domain/passwords.h"

#include <QRandomGenerator>
#include <thread>

namespace comptoir::server {

CardToken SimulatedGateway::tokenize(const QString& number, int expMonth, int expYear, const QString& cvc)
{
    QString digits;
    for (QChar c : number)
        if (c != u' ' && c != u'-')
            digits += c;
    QList<FieldError> errors;
    if (!passesLuhn(digits))
        errors.append({u"number"_qs, u"is not a valid card number"_qs});
    const QDate today = QDate::currentDate();
    if (expMonth < 1 || expMonth > 12)
        errors.append({u"exp_month"_qs, u"must be between 1 and 12"_qs});
    else if (expYear < today.year() || (expYear == today.year() && expMonth < today.month()) ||
             expYear > today.year() + 20)
        errors.append({u"exp_year"_qs, u"the card has expired or the date is implausible"_qs});
    const bool cvcOk = (cvc.size() == 3 || cvc.size() == 4) &&
                       std::all_of(cvc.begin(), cvc.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!cvcOk)
        errors.append({u"cvc"_qs, u"must be 3 or 4 digits"_qs});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    CardToken token{u"tok_"_qs + newToken().left(24), cardBrand(digits), digits.right(4),
                    testCardBehaviour(digits), false};
    m_store.saveCardToken(token);
    return token;
}

ChargeResult SimulatedGateway::record(const QString& key, bool approved, const QString& declineCode,
                                      const Money& amount, const QString& refundBehaviour)
{
    const GatewayCharge charge{u"ch_"_qs + newToken().left(24), approved, declineCode, amount.amount,
                               refundBehaviour};
    // The charge and its event commit together (the event sink writes an outbox row).
    m_store.transaction([&] {
        m_store.saveGatewayCharge(key, charge);
        if (approved && m_events)
            m_events(u"payment.captured"_qs,
                     {{u"reference"_qs, charge.reference},
                      {u"amount"_qs, QJsonObject{{u"amount"_qs, double(amount.amount)},
                                                 {u"currency"_qs, amount.currency}}}});
    });
    return ChargeResult{charge.approved, charge.declineCode, charge.reference};
}

ChargeResult SimulatedGateway::charge(const QString& idempotencyKey, const CardToken& token,
                                      const Money& amount)
{
    if (const auto previous = m_store.gatewayCharge(idempotencyKey))
        return ChargeResult{previous->approved, previous->declineCode, previous->reference};
    ChargeResult result;
    m_store.transaction([&] {
        // Read again under the write lock: two payments racing with one token charge it once.
        const auto current = m_store.cardToken(token.token);
        if (!current || current->used) {
            result = record(idempotencyKey, false, u"token_already_used"_qs, amount);
            return;
        }
        const QString declineCode = chargeDeclineCode(current->behaviour);
        m_store.markCardTokenUsed(token.token);
        result = record(idempotencyKey, declineCode.isEmpty(), declineCode, amount,
                        refundBehaviour(current->behaviour));
    });
    return result;
}

ChargeResult SimulatedGateway::chargeTerminal(const QString& idempotencyKey, const Money& amount)
{
    if (const auto previous = m_store.gatewayCharge(idempotencyKey))
        return ChargeResult{previous->approved, previous->declineCode, previous->reference};
    // The shopper taps or inserts a card and types a PIN.
    std::this_thread::sleep_for(m_settings.terminalDelay);
    const bool declined = QRandomGenerator::global()->generateDouble() < m_settings.terminalDeclineRate;
    return record(idempotencyKey, !declined, declined ? u"card_declined"_qs : QString(), amount);
}

RefundResult SimulatedGateway::refund(const QString& idempotencyKey, const QString& chargeReference,
                                      const Money& amount)
{
    RefundResult result;
    // One transaction: two refunds of one charge at once cannot together pass it.
    m_store.transaction([&] {
        if (const auto previous = m_store.gatewayRefund(idempotencyKey)) {
            if (previous->chargeReference != chargeReference || previous->amount != amount.amount)
                result.failureCode = u"idempotency_key_reused"_qs;
            else
                result = RefundResult{true, QString(), previous->reference};
            return;
        }
        const auto charge = m_store.gatewayChargeByReference(chargeReference);
        if (!charge || !charge->approved || amount.amount <= 0) {
            result.failureCode = u"unknown_charge"_qs;
            return;
        }
        if (charge->refundBehaviour == u"refund_fails") {
            result.failureCode = u"refund_failed"_qs;
            return;
        }
        const qint64 refunded = m_store.gatewayRefundedTotal(chargeReference);
        if (refunded + amount.amount > charge->amount) {
            result.failureCode = u"exceeds_charge"_qs;
            return;
        }
        const GatewayRefund made{u"re_"_qs + newToken().left(24), chargeReference, amount.amount};
        m_store.saveGatewayRefund(idempotencyKey, made);
        // The refund is made, but the answer to its first request is lost on the way back.
        if (charge->refundBehaviour == u"refund_times_out" && refunded == 0) {
            result.failureCode = u"processor_timeout"_qs;
            return;
        }
        result = RefundResult{true, QString(), made.reference};
    });
    return result;
}

} // namespace comptoir::server
