#pragma once
// The arithmetic of a return's refund. What a line was paid is what pricing made of it (its
// total net of its own discount, minus its share of the order's discount and promotion: the
// figures the order keeps, never computed again); a return gives it back unit by unit, rounded
// on the running total so that the returns of a whole line, however split, give back exactly
// what it was paid and exactly its VAT.

#include "store/paymentstore.h"

#include <QList>

namespace comptoir::server {

struct LineRefund {
    qint64 amount = 0;
    qint64 tax = 0; // the VAT `amount` contains
};

// Returning `quantity` more of a line of `sold` units that was paid `paid` in all, after
// `returnedBefore` came back already: paid·n/sold rounded half up, between n = returnedBefore and
// n = returnedBefore + quantity, and the VAT of the line's rounded running total likewise.
[[nodiscard]] LineRefund lineRefund(qint64 paid, qint64 sold, qint64 returnedBefore, qint64 quantity,
                                    int rateBp);

// The VAT by rate of lines refunded `amounts` at `rates` (one per line), highest rate first.
[[nodiscard]] QList<TaxShare> taxesByRate(const QList<qint64>& amounts, const QList<qint64>& taxes,
                                          const QList<int>& rates);

// Splits the return's VAT by rate over its refunds (their `amounts`, summing to the rates'
// totals): each refund's shares add up to its amount, each rate's shares to the rate's total and
// VAT, so the refunds of one drawer carry exactly the VAT of the lines returned.
[[nodiscard]] QList<QList<TaxShare>> splitTaxes(const QList<TaxShare>& byRate, const QList<qint64>& amounts);

} // namespace comptoir::server
