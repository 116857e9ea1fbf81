// VAT: rates per tax class, the per-line rounding rule of vat.h, proportional allocation, and
// the promise that order totals add up to the cent.

#include "comptoir/int128.h"
#include "comptoir/money.h"
#include "comptoir/vat.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace comptoir;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 k2Pow53 = qint64(1) << 53;

Int128 abs128(Int128 v)
{
    return v < 0 ? -v : v;
}

// True when `tax` is G × r / (10000 + r) rounded half away from zero, checked on exact
// rationals: |G·r − tax·D| ≤ D/2, and on an exact tie the magnitude was rounded up.
bool isRoundedVat(qint64 gross, int rateBp, qint64 tax)
{
    const Int128 n = Int128(gross) * rateBp;
    const Int128 d = Int128(10000) + rateBp;
    const Int128 twiceError = 2 * abs128(n - Int128(tax) * d);
    if (twiceError > d)
        return false;
    if (twiceError == d)
        return abs128(Int128(tax) * d) > abs128(n) && (tax == 0 || (tax < 0) == (gross < 0));
    return true;
}

// The same rule in long double, exact enough for |gross| < 2^40 (G·r fits the 64-bit mantissa).
qint64 vatByLongDouble(qint64 gross, int rateBp)
{
    const long double exact = static_cast<long double>(gross) * rateBp / (10000.0L + rateBp);
    return static_cast<qint64>(std::roundl(exact)); // roundl rounds halves away from zero
}

// A random amount whose magnitude is spread over every bit length up to `maxBits`.
qint64 randomAmount(QRandomGenerator& rng, int maxBits, bool allowNegative)
{
    const int bits = int(rng.bounded(maxBits)) + 1;
    qint64 v = qint64(rng.generate64() & ((quint64(1) << bits) - 1));
    if (allowNegative && rng.bounded(2) == 1)
        v = -v;
    return v;
}

qint64 sum(const QList<qint64>& parts)
{
    qint64 s = 0;
    for (qint64 p : parts)
        s = checkedAdd(s, p);
    return s;
}

} // namespace

class TestVat : public QObject {
    Q_OBJECT

private slots:
    void mapsTaxClassesToFrenchRates()
    {
        QCOMPARE(taxRateBp(TaxClass::Standard), 2000);
        QCOMPARE(taxRateBp(TaxClass::Reduced), 550);
        QCOMPARE(taxRateBp(TaxClass::Zero), 0);
    }

    void convertsTaxClassesToAndFromWireNames()
    {
        QCOMPARE(toString(TaxClass::Standard), u"standard"_qs);
        QCOMPARE(toString(TaxClass::Reduced), u"reduced"_qs);
        QCOMPARE(toString(TaxClass::Zero), u"zero"_qs);
        for (TaxClass c : {TaxClass::Standard, TaxClass::Reduced, TaxClass::Zero}) {
            QVERIFY(taxClassFromString(toString(c)).has_value());
            QVERIFY(*taxClassFromString(toString(c)) == c);
        }
        QVERIFY(!taxClassFromString(u"Standard"_qs).has_value());
        QVERIFY(!taxClassFromString(u"super-reduced"_qs).has_value());
        QVERIFY(!taxClassFromString(QString()).has_value());
    }

    void computesKnownVatAmounts_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<int>("rateBp");
        QTest::addColumn<qint64>("tax");
        QTest::newRow("19.99 at 20%") << qint64(1999) << 2000 << qint64(333); // 333.17
        QTest::newRow("1.00 at 5.5%") << qint64(100) << 550 << qint64(5);     // 5.21
        QTest::newRow("0.01 at 20%") << qint64(1) << 2000 << qint64(0);       // 0.17
        QTest::newRow("120.00 at 20%") << qint64(12000) << 2000 << qint64(2000);
        QTest::newRow("105.50 at 5.5%") << qint64(10550) << 550 << qint64(550);
        QTest::newRow("0.05 at 20%") << qint64(5) << 2000 << qint64(1); // 0.83
        QTest::newRow("12.34 at 0%") << qint64(1234) << 0 << qint64(0);
        QTest::newRow("zero gross") << qint64(0) << 2000 << qint64(0);
        QTest::newRow("2.99 at 5.5%") << qint64(299) << 550 << qint64(16);           // 15.59
        QTest::newRow("2^53 at 20%") << k2Pow53 << 2000 << qint64(1501199875790165); // .33
    }

    void computesKnownVatAmounts()
    {
        QFETCH(qint64, gross);
        QFETCH(int, rateBp);
        QFETCH(qint64, tax);
        QCOMPARE(vatIncluded(gross, rateBp), tax);
        QCOMPARE(vatIncluded(-gross, rateBp), -tax);
    }

    void roundsVatHalfAwayFromZero()
    {
        // 3 × 2000 / 12000 = 0.5 exactly; 9 × 2000 / 12000 = 1.5; 15 → 2.5.
        QCOMPARE(vatIncluded(3, 2000), qint64(1));
        QCOMPARE(vatIncluded(9, 2000), qint64(2));
        QCOMPARE(vatIncluded(15, 2000), qint64(3));
        QCOMPARE(vatIncluded(-3, 2000), qint64(-1));
        QCOMPARE(vatIncluded(-9, 2000), qint64(-2));
        QCOMPARE(vatIncluded(-15, 2000), qint64(-3));
        // At 5.5 % no exact half exists (G·22 = (2k+1)·211 has no integer solution); exact
        // quotients stay as they are.
        QCOMPARE(vatIncluded(211, 550), qint64(11));
        QCOMPARE(vatIncluded(5275, 550), qint64(275));
        // 1 × 5000 / 15000 = 0.333 → 0 while 2 × 5000 / 15000 = 0.667 → 1: below a half goes down.
        QCOMPARE(vatIncluded(1, 5000), qint64(0));
        QCOMPARE(vatIncluded(2, 5000), qint64(1));
        // 1 × 10000 / 20000 = 0.5 exactly at a 100 % rate.
        QCOMPARE(vatIncluded(1, 10000), qint64(1));
        QCOMPARE(vatIncluded(-1, 10000), qint64(-1));
    }

    void rejectsNegativeRates()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)vatIncluded(100, -1));
    }

    void computesVatAtInt64BoundsWithoutOverflow()
    {
        for (int rate : {2000, 550, 1, 10000, 0}) {
            const qint64 top = vatIncluded(kMax, rate);
            QVERIFY(isRoundedVat(kMax, rate, top));
            QVERIFY(top >= 0 && top <= kMax);
            const qint64 bottom = vatIncluded(kMin, rate);
            QVERIFY(isRoundedVat(kMin, rate, bottom));
            QVERIFY(bottom <= 0);
        }
    }

    void matchesExactRationalRoundingOnRandomAmountsAndRates()
    {
        QRandomGenerator rng(5501);
        const int classRates[] = {2000, 550, 0};
        for (int i = 0; i < 200000; ++i) {
            const qint64 gross = randomAmount(rng, 63, true);
            const int rate = i % 2 == 0 ? classRates[(i / 2) % 3] : int(rng.bounded(10001));
            const qint64 tax = vatIncluded(gross, rate);
            if (!isRoundedVat(gross, rate, tax))
                QFAIL(qPrintable(u"gross %1 at %2 bp gave tax %3"_qs.arg(gross).arg(rate).arg(tax)));
            if (vatIncluded(-gross, rate) != -tax)
                QFAIL(qPrintable(u"gross %1 at %2 bp is not symmetric"_qs.arg(gross).arg(rate)));
            const qint64 net = gross - tax;
            QCOMPARE(checkedAdd(net, tax), gross);
            if (gross >= 0 && !(tax >= 0 && tax <= gross && net >= 0))
                QFAIL(qPrintable(
                    u"gross %1 at %2 bp gave tax %3 out of [0, gross]"_qs.arg(gross).arg(rate).arg(tax)));
        }
    }

    void matchesLongDoubleComputationOnRandomAmounts()
    {
        QRandomGenerator rng(2000);
        const int classRates[] = {2000, 550, 0};
        for (int i = 0; i < 150000; ++i) {
            const qint64 gross = randomAmount(rng, 39, true);
            const int rate = i % 4 == 3 ? int(rng.bounded(10001)) : classRates[i % 3];
            const qint64 expected = vatByLongDouble(gross, rate);
            const qint64 actual = vatIncluded(gross, rate);
            if (actual != expected)
                QFAIL(qPrintable(
                    u"gross %1 at %2 bp: %3, long double says %4"_qs.arg(gross).arg(rate).arg(actual).arg(
                        expected)));
        }
    }

    void growsMonotonicallyWithTheGrossAmount()
    {
        for (int rate : {2000, 550, 0, 1, 9999}) {
            qint64 previous = vatIncluded(-20000, rate);
            for (qint64 gross = -19999; gross <= 20000; ++gross) {
                const qint64 tax = vatIncluded(gross, rate);
                QVERIFY(tax >= previous && tax - previous <= 1);
                previous = tax;
            }
        }
    }

    void allocatesKnownSplits()
    {
        QCOMPARE(allocateProportionally(100, {1, 1, 1}), (QList<qint64>{34, 33, 33}));
        QCOMPARE(allocateProportionally(200, {1, 1, 1}), (QList<qint64>{67, 67, 66}));
        QCOMPARE(allocateProportionally(1000, {1999, 999, 0}), (QList<qint64>{667, 333, 0}));
        QCOMPARE(allocateProportionally(10, {3, 7}), (QList<qint64>{3, 7}));
        QCOMPARE(allocateProportionally(7, {5}), (QList<qint64>{7}));
        // 5 × 1/6 = 0.83, 5 × 2/6 = 1.67, 5 × 3/6 = 2.5: floors 0, 1, 2, and the two missing units go
        // to the largest remainders (0.83 and 0.67), not to the 0.5.
        QCOMPARE(allocateProportionally(5, {1, 2, 3}), (QList<qint64>{1, 2, 2}));
    }

    void breaksRemainderTiesTowardsEarlierParts()
    {
        QCOMPARE(allocateProportionally(1, {1, 1}), (QList<qint64>{1, 0}));
        QCOMPARE(allocateProportionally(2, {1, 1, 1}), (QList<qint64>{1, 1, 0}));
        QCOMPARE(allocateProportionally(3, {2, 2, 2, 2}), (QList<qint64>{1, 1, 1, 0}));
    }

    void allocatesNegativeTotalsSymmetrically()
    {
        QCOMPARE(allocateProportionally(-100, {1, 1, 1}), (QList<qint64>{-34, -33, -33}));
        QRandomGenerator rng(77);
        for (int i = 0; i < 20000; ++i) {
            QList<qint64> weights;
            const int n = int(rng.bounded(1, 12));
            for (int k = 0; k < n; ++k)
                weights.append(rng.bounded(1, 100000));
            const qint64 total = randomAmount(rng, 40, false);
            QList<qint64> negated = allocateProportionally(total, weights);
            for (qint64& p : negated)
                p = -p;
            QCOMPARE(allocateProportionally(-total, weights), negated);
        }
    }

    void allocatesZeroTotalAsZeros()
    {
        QCOMPARE(allocateProportionally(0, {5, 0, 9}), (QList<qint64>{0, 0, 0}));
        QCOMPARE(allocateProportionally(0, {0, 0}), (QList<qint64>{0, 0}));
        QCOMPARE(allocateProportionally(0, {}), QList<qint64>{});
    }

    void givesNothingToZeroWeights()
    {
        QCOMPARE(allocateProportionally(999, {0, 1, 0}), (QList<qint64>{0, 999, 0}));
        QCOMPARE(allocateProportionally(-1, {0, 0, 4}), (QList<qint64>{0, 0, -1}));
    }

    void refusesToAllocateANonZeroTotalOverNoWeight()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)allocateProportionally(100, {0, 0}));
        // Parts must sum to the total, which no empty list can do.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)allocateProportionally(100, {}));
    }

    void throwsOnNegativeWeights()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)allocateProportionally(100, {1, -1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)allocateProportionally(0, {-5}));
    }

    void allocatesAtInt64BoundsWithoutOverflow()
    {
        QCOMPARE(allocateProportionally(kMin, {1}), QList<qint64>{kMin});
        QCOMPARE(allocateProportionally(kMax, {1}), QList<qint64>{kMax});
        QCOMPARE(sum(allocateProportionally(kMin, {1, 1, 1})), kMin);
        QCOMPARE(sum(allocateProportionally(kMax, {kMax, kMax, 1})), kMax);
        QCOMPARE(sum(allocateProportionally(kMin, {kMax, 3, kMax})), kMin);
    }

    void allocationsAlwaysSumToTotalAndStayWithinOneUnitOfProportional()
    {
        QRandomGenerator rng(424242);
        for (int i = 0; i < 100000; ++i) {
            const int n = int(rng.bounded(1, 16));
            QList<qint64> weights;
            Int128 weightSum = 0;
            for (int k = 0; k < n; ++k) {
                const qint64 w = rng.bounded(4) == 0 ? 0 : randomAmount(rng, i % 10 == 0 ? 62 : 24, false);
                weights.append(w);
                weightSum += w;
            }
            if (weightSum == 0) {
                weights[0] = 1;
                weightSum = 1;
            }
            const qint64 total = randomAmount(rng, i % 10 == 1 ? 63 : 32, true);
            const QList<qint64> parts = allocateProportionally(total, weights);
            QCOMPARE(parts.size(), weights.size());
            Int128 partSum = 0;
            for (int k = 0; k < n; ++k) {
                partSum += parts[k];
                // |part − total·w/W| < 1, i.e. |part·W − total·w| < W.
                const Int128 error = abs128(Int128(parts[k]) * weightSum - Int128(total) * weights[k]);
                if (error >= weightSum)
                    QFAIL(qPrintable(u"part %1 of %2 is more than one unit off"_qs.arg(k).arg(total)));
                if (weights[k] == 0)
                    QCOMPARE(parts[k], qint64(0));
                // Every part has the sign of the total.
                QVERIFY(total >= 0 ? parts[k] >= 0 : parts[k] <= 0);
            }
            if (partSum != Int128(total))
                QFAIL(qPrintable(u"parts of %1 do not sum to it"_qs.arg(total)));
            if (i % 100 == 0)
                QCOMPARE(allocateProportionally(total, weights), parts); // deterministic
        }
    }

    // Random carts: mixed tax classes and quantities, a whole-order discount spread over the
    // lines, VAT per discounted line. Every figure a receipt prints must add up to the cent.
    void cartTotalsAddUpToTheCent()
    {
        QRandomGenerator rng(1999);
        const TaxClass classes[] = {TaxClass::Standard, TaxClass::Reduced, TaxClass::Zero};
        for (int cart = 0; cart < 20000; ++cart) {
            const int n = int(rng.bounded(1, 25));
            QList<qint64> lineGross;
            QList<int> lineRate;
            Money subtotal = Money::of(0);
            for (int k = 0; k < n; ++k) {
                const qint64 unit = rng.bounded(1, 200000);
                const qint64 quantity = rng.bounded(1, 13);
                const Money gross = Money::of(unit).times(quantity);
                lineGross.append(gross.amount);
                lineRate.append(taxRateBp(classes[rng.bounded(3)]));
                subtotal = subtotal.plus(gross);
            }
            // Either a percentage or a fixed amount off, never more than the subtotal.
            Money discount = Money::of(0);
            switch (rng.bounded(3)) {
            case 0:
                break;
            case 1:
                discount = Money::of(qint64((Int128(subtotal.amount) * rng.bounded(1, 101) + 50) /
                                            100)); // percent_off, rounded
                break;
            default:
                discount = Money::of(rng.bounded(qint64(1), subtotal.amount + 1)); // amount_off
                break;
            }
            const Money total = subtotal.minus(discount);

            const QList<qint64> shares = allocateProportionally(discount.amount, lineGross);
            QCOMPARE(sum(shares), discount.amount);

            Money discountedSum = Money::of(0);
            Money orderTax = Money::of(0);
            QMap<int, qint64> taxByRate;
            QMap<int, qint64> grossByRate;
            for (int k = 0; k < n; ++k) {
                const qint64 discounted = lineGross[k] - shares[k];
                QVERIFY(discounted >= 0 && discounted <= lineGross[k]);
                const qint64 lineTax = vatIncluded(discounted, lineRate[k]);
                QVERIFY(lineTax >= 0 && lineTax <= discounted);
                QVERIFY(isRoundedVat(discounted, lineRate[k], lineTax));
                discountedSum = discountedSum.plus(Money::of(discounted));
                orderTax = orderTax.plus(Money::of(lineTax));
                taxByRate[lineRate[k]] += lineTax;
                grossByRate[lineRate[k]] += discounted;
            }
            // subtotal − discount == total == Σ discounted lines.
            QCOMPARE(discountedSum, total);
            // The per-rate VAT summary on the receipt adds up to the order's tax.
            qint64 summaryTax = 0;
            qint64 summaryGross = 0;
            for (auto it = taxByRate.cbegin(); it != taxByRate.cend(); ++it) {
                summaryTax += it.value();
                summaryGross += grossByRate.value(it.key());
                // Per-line rounding stays within half a cent per line of the exact per-rate VAT.
                const Int128 d = Int128(10000) + it.key();
                const Int128 twiceError =
                    2 * abs128(Int128(it.value()) * d - Int128(grossByRate[it.key()]) * it.key());
                QVERIFY(twiceError <= Int128(n) * d);
            }
            QCOMPARE(summaryTax, orderTax.amount);
            QCOMPARE(summaryGross, total.amount);
            // Net is derived, so net + tax == total exactly and net is never negative.
            const Money net = total.minus(orderTax);
            QCOMPARE(net.plus(orderTax), total);
            QVERIFY(net.amount >= 0);
            QVERIFY(taxByRate.value(0) == 0);
        }
    }
};

QTEST_APPLESS_MAIN(TestVat)
#include "tst_vat.moc"
