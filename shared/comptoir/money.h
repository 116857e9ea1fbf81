#pragma once
// Money: an integer count of minor units with an ISO 4217 currency; never a float.

#include <QString>
#include <QtGlobal>
#include <compare>
#include <stdexcept>

namespace comptoir {

// Thrown when money arithmetic would overflow or mixes currencies.
class MoneyError : public std::domain_error {
public:
    using std::domain_error::domain_error;
};

enum class MoneyLocale { French, English };

struct Money {
    qint64 amount = 0;
    QString currency = QStringLiteral("EUR");

    [[nodiscard]] static Money of(qint64 amount, const QString& currency = QStringLiteral("EUR"))
    {
        return Money{amount, currency};
    }
    [[nodiscard]] bool isZero() const { return amount == 0; }
    bool operator==(const Money&) const = default;

    // Checked arithmetic: throws MoneyError on overflow or currency mismatch.
    [[nodiscard]] Money plus(const Money& other) const;
    [[nodiscard]] Money minus(const Money& other) const;
    [[nodiscard]] Money times(qint64 quantity) const;

    // "1 234,56 €" (fr_FR, narrow no-break space grouping) or "€1,234.56" (en).
    [[nodiscard]] QString format(MoneyLocale locale) const;
};

// Digits after the decimal point for a currency (EUR 2, JPY 0, KWD 3).
[[nodiscard]] int minorUnitDigits(const QString& currency);
// True for three upper-case ASCII letters.
[[nodiscard]] bool isCurrencyCode(const QString& code);

// Checked primitives on minor units, shared by Money and by callers that sum raw amounts.
[[nodiscard]] qint64 checkedAdd(qint64 a, qint64 b);
[[nodiscard]] qint64 checkedMul(qint64 a, qint64 b);

} // namespace comptoir
