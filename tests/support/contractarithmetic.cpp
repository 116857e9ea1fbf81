#include "contractarithmetic.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace comptoir::test {

qint64 percentOf(qint64 amount, int percent)
{
    return (amount * percent * 2 + 100) / 200;
}

QList<qint64> largestRemainder(qint64 total, const QList<qint64>& weights)
{
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    QList<qint64> parts(weights.size(), 0);
    if (sum == 0 || total == 0)
        return parts;
    QList<std::pair<qint64, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const qint64 exact = total * weights[i]; // a till's amounts: far from overflowing
        parts[i] = exact / sum;
        given += parts[i];
        remainders.append({exact % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype k = 0; given < total; ++k, ++given)
        parts[remainders[k % remainders.size()].second] += 1;
    return parts;
}

qint64 vatIn(qint64 gross, int rateBp)
{
    const qint64 divisor = 10000 + rateBp;
    const qint64 magnitude = (std::abs(gross) * rateBp * 2 + divisor) / (2 * divisor);
    return gross < 0 ? -magnitude : magnitude;
}

} // namespace comptoir::test
