#pragma once
// The EAN-13 check a product form makes before anything reaches the server: thirteen digits whose
// last is the check digit of the twelve before it (weights 1 and 3 from the left). A barcode with
// a typo would be printed on labels no scanner finds.

#include <QString>

namespace comptoir::app {

struct Ean13 {
    // The check digit of twelve digits, or -1 when `first12` is not twelve digits.
    [[nodiscard]] static int checkDigit(const QString& first12);
    [[nodiscard]] static bool isValid(const QString& code);
};

} // namespace comptoir::app
