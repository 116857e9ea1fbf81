#pragma once
// Card number checks of the payment simulator: Luhn, brand by prefix, and the behaviour of the
// test cards of API.md. The number itself is never kept: only brand and last four digits.

#include <QString>

namespace comptoir::server {

[[nodiscard]] bool passesLuhn(const QString& digits);
// "visa", "mastercard", "amex" or "card".
[[nodiscard]] QString cardBrand(const QString& digits);
// "approve", or the decline code a test card always gets (card_declined, insufficient_funds,
// expired_card).
[[nodiscard]] QString testCardBehaviour(const QString& digits);

} // namespace comptoir::server
