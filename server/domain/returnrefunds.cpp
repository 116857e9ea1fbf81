#include "domain/returnrefunds.h"

#include "comptoir/int128.h"
#include "comptoir/vat.h"

#include <algorithm>

namespace comptoir::server {

namespace {

// paid·n/sold rounded half up (amounts and quantities are non-negative).
qint64 runningShare(qint64 paid, qint64 sold, qint64 n)
{
    const Int128 scaled = Int128(paid) * n;
    return qint64((scaled * 2 + sold) / (Int128(sold) * 2));
}

} // namespace

LineRefund lineRefund(qint64 paid, qint64 sold, qint64 returnedBefore, qint64 quantity, int rateBp)
{
    if (sold <= 0 || quantity <= 0)
        return {};
    const qint64 before = runningShare(paid, sold, returnedBefore);
    const qint64 after = runningShare(paid, sold, returnedBefore + quantity);
    return LineRefund{after - before, vatIncluded(after, rateBp) - vatIncluded(before, rateBp)};
}

QList<TaxShare> taxesByRate(const QList<qint64>& amounts, const QList<qint64>& taxes, const QList<int>& rates)
{
    QList<TaxShare> byRate;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        auto it = std::find_if(byRate.begin(), byRate.end(),
                               [&](const TaxShare& s) { return s.rateBp == rates[i]; });
        if (it == byRate.end())
            it = byRate.insert(byRate.end(), TaxShare{rates[i], 0, 0});
        it->total += amounts[i];
        it->tax += taxes[i];
    }
    byRate.removeIf([](const TaxShare& s) { return s.total == 0 && s.tax == 0; });
    std::sort(byRate.begin(), byRate.end(),
              [](const TaxShare& a, const TaxShare& b) { return a.rateBp > b.rateBp; });
    return byRate;
}

QList<QList<TaxShare>> splitTaxes(const QList<TaxShare>& byRate, const QList<qint64>& amounts)
{
    // Totals first, filling the refunds in turn from the rates in turn (each refund's shares then
    // sum to its amount, each rate's to its total); then each rate's VAT over its shares by
    // largest remainder, as pricing spreads a discount.
    QList<QList<qint64>> cells(amounts.size(), QList<qint64>(byRate.size(), 0));
    qsizetype rate = 0;
    qint64 leftInRate = byRate.isEmpty() ? 0 : byRate[0].total;
    for (qsizetype r = 0; r < amounts.size(); ++r) {
        qint64 toFill = amounts[r];
        while (toFill > 0 && rate < byRate.size()) {
            const qint64 take = std::min(toFill, leftInRate);
            cells[r][rate] += take;
            toFill -= take;
            leftInRate -= take;
            if (leftInRate == 0 && ++rate < byRate.size())
                leftInRate = byRate[rate].total;
        }
    }
    QList<QList<TaxShare>> out(amounts.size());
    for (qsizetype k = 0; k < byRate.size(); ++k) {
        QList<qint64> weights;
        for (qsizetype r = 0; r < amounts.size(); ++r)
            weights.append(cells[r][k]);
        const bool any = std::any_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w > 0; });
        const QList<qint64> vat =
            any ? allocateProportionally(byRate[k].tax, weights) : QList<qint64>(weights.size(), 0);
        for (qsizetype r = 0; r < amounts.size(); ++r)
            if (cells[r][k] != 0 || vat[r] != 0)
                out[r].append(TaxShare{byRate[k].rateBp, cells[r][k], vat[r]});
    }
    return out;
}

} // namespace comptoir::server
