#include "domain/taxallocation.h"

#include "comptoir/vat.h"

#include <algorithm>

namespace comptoir::server {

QList<TaxShare> allocateTaxes(const OrderRecord& record, qint64 amount)
{
    const QList<OrderLine>& lines = record.order.lines;
    QList<qint64> weights;
    weights.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        weights.append(std::max<qint64>(0, lines[i].lineTotal.amount - record.lineDiscounts.value(i)));
    if (amount == 0 || std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; }))
        return {};
    const QList<qint64> shares = allocateProportionally(amount, weights);
    QList<TaxShare> byRate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int rate = lines[i].taxRateBp;
        auto it = std::find_if(byRate.begin(), byRate.end(),
                               [rate](const TaxShare& s) { return s.rateBp == rate; });
        if (it == byRate.end())
            it = byRate.insert(byRate.end(), TaxShare{rate, 0, 0});
        it->total += shares[i];
        it->tax += vatIncluded(shares[i], rate);
    }
    std::sort(byRate.begin(), byRate.end(),
              [](const TaxShare& a, const TaxShare& b) { return a.rateBp > b.rateBp; });
    return byRate;
}

} // namespace comptoir::server
