#pragma once
// EAN-13 barcodes: check digit computation and validation.

#include <QString>

namespace comptoir {

// The check digit for the first 12 digits of an EAN-13; -1 if they are not 12 digits.
[[nodiscard]] int ean13CheckDigit(const QString& first12);
// True for 13 digits whose last is the right check digit.
[[nodiscard]] bool isValidEan13(const QString& code);

} // namespace comptoir
