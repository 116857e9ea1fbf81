#pragma once
// Card number checks of the payment simulator: Luhn, brand by prefix, and the behaviour of the
// test cards of API.md. The number itself is never kept: only brand and last four digits.

#include <QString>

namespace comptoir::server {

[[nodiscard]] bool passesLuhn(const QString& digits);
// "visa", "mastercard", "amex" or "card".
[[nodiscard]] QString cardBrand(const QString& digits);
// What a test card does: "approve"; the decline code it always gets (card_declined,
// insufficient_funds, expired_card); or, for cards whose charges approve but whose refunds do
// not, "refund_fails" (the processor refuses every refund) or "refund_times_out" (the first
// refund of each charge is made, but its answer is lost as in a timeout).
[[nodiscard]] QString testCardBehaviour(const QString& digits);
// The decline code a charge gets from a card of this behaviour; empty when it approves.
[[nodiscard]] QString chargeDeclineCode(const QString& behaviour);
// What a charge approved with this behaviour does on a refund: empty when refunds work.
[[nodiscard]] QString refundBehaviour(const QString& behaviour);

} // namespace comptoir::server
