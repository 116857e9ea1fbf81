#include "comptoir/vat.h"

#include "comptoir/int128.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace comptoir {

int taxRateBp(TaxClass taxClass)
{
    switch (taxClass) {
    case TaxClass::Standard:
        return 2000;
    case TaxClass::Reduced:
        return 550;
    case TaxClass::Zero:
        return 0;
    }
    return 0;
}

QString toString(TaxClass taxClass)
{
    switch (taxClass) {
    case TaxClass::Standard:
        return u"standard"_qs;
    case TaxClass::Reduced:
        return u"reduced"_qs;
    case TaxClass::Zero:
        return u"zero"_qs;
    }
    return {};
}

std::optional<TaxClass> taxClassFromString(const QString& text)
{
    if (text == u"standard")
        return TaxClass::Standard;
    if (text == u"reduced")
        return TaxClass::Reduced;
    if (text == u"zero")
        return TaxClass::Zero;
    return std::nullopt;
}

// Divides rounding half away from zero; the divisor is positive.
static Int128 divideRoundHalfAway(Int128 numerator, Int128 divisor)
{
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 q = (magnitude + divisor / 2) / divisor;
    return negative ? -q : q;
}

qint64 vatIncluded(qint64 grossMinor, int rateBp)
{
    if (rateBp < 0)
        throw std::invalid_argument("negative VAT rate");
    if (rateBp == 0)
        return 0;
    return qint64(divideRoundHalfAway(Int128(grossMinor) * rateBp, Int128(10000) + rateBp));
}

QList<qint64> allocateProportionally(qint64 total, const QList<qint64>& weights)
{
    QList<qint64> parts(weights.size(), 0);
    Int128 weightSum = 0;
    for (qint64 w : weights) {
        if (w < 0)
            throw std::invalid_argument("negative allocation weight");
        weightSum += w;
    }
    if (total == 0)
        return parts;
    // No weight (or no part at all) cannot receive a non-zero total and still sum to it.
    if (weightSum == 0)
        throw std::invalid_argument("cannot allocate over zero weights");

    const bool negative = total < 0;
    const Int128 magnitude = negative ? -Int128(total) : Int128(total);
    // Magnitudes stay 128-bit until the sign is applied: for total == INT64_MIN a part may be 2^63.
    QList<Int128> shares(weights.size(), 0);
    QList<std::pair<Int128, qsizetype>> remainders;
    Int128 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 exact = magnitude * weights[i];
        shares[i] = exact / weightSum;
        given += shares[i];
        remainders.append({exact % weightSum, i});
    }
    // Largest remainder first; ties go to the earlier line so the result is deterministic.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype k = 0; given < magnitude; ++k, ++given)
        shares[remainders[k % remainders.size()].second] += 1;
    for (qsizetype i = 0; i < shares.size(); ++i)
        parts[i] = qint64(negative ? -shares[i] : shares[i]);
    return parts;
}

} // namespace comptoir
