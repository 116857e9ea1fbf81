// The cart arithmetic the server and an offline till share (cartpricing.h): staff discounts on
// lines and on the order, their order with a promotion, the 20 % approval line, and on random
// carts the invariants a receipt relies on.
#include "comptoir/cartpricing.h"
#include "comptoir/vat.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace comptoir;

namespace {

Discount percentOff(int p)
{
    return Discount{p, std::nullopt};
}
Discount amountOff(qint64 a)
{
    return Discount{std::nullopt, a};
}

} // namespace

class TstCartPricing : public QObject {
    Q_OBJECT

private slots:
    void lineDiscountsRoundHalfUpAndAmountsArePerUnit()
    {
        // 3 × 19.90 = 59.70; 15 % = 8.955 → 8.96.
        QCOMPARE(lineDiscountAmount(percentOff(15), 1990, 3), 896);
        // 1.00 off each of two.
        QCOMPARE(lineDiscountAmount(amountOff(100), 890, 2), 200);
        // Never more than the line.
        QCOMPARE(lineDiscountAmount(amountOff(5000), 890, 2), 1780);
        QCOMPARE(lineDiscountAmount(percentOff(100), 890, 2), 1780);
        QCOMPARE(lineDiscountAmount(Discount{}, 890, 2), 0);
    }

    void theOrderDiscountComesAfterLinesAndBeforeThePromotion()
    {
        const QList<PricingItem> items = {
            {1990, 3, 2000, percentOff(15)}, {890, 2, 550, amountOff(100)}, {2000, 1, 0, {}}};
        Promotion tenOff;
        tenOff.code = u"TEN"_qs;
        tenOff.percentOff = 10;
        const CartFigures f = priceCartItems(items, percentOff(10), &tenOff);
        QCOMPARE(f.lineDiscounts, (QList<qint64>{896, 200, 0}));
        QCOMPARE(f.lineTotals, (QList<qint64>{5074, 1580, 2000}));
        QCOMPARE(f.totals.subtotal, 8654);
        QCOMPARE(f.orderDiscount, 865); // 8.654 → 8.65
        QCOMPARE(f.promotionBase, 7789);
        QCOMPARE(f.promotionDiscount, 779); // 7.789 → 7.79
        QCOMPARE(f.totals.discount, 1644);
        QCOMPARE(f.totals.lineDiscounts, (QList<qint64>{964, 300, 380}));
        QCOMPARE(f.totals.lineTaxes, (QList<qint64>{685, 67, 0}));
        QCOMPARE(f.totals.tax, 752);
        QCOMPARE(f.totals.total, 7010);
        QVERIFY(!f.needsApproval);

        // The same order with an amount instead: 5.00 spread over the net lines.
        const CartFigures g = priceCartItems(items, amountOff(500), nullptr);
        QCOMPARE(g.totals.lineDiscounts, (QList<qint64>{293, 91, 116}));
        QCOMPARE(g.totals.tax, 875);
        QCOMPARE(g.totals.total, 8154);
    }

    void aPromotionBelowItsMinimumAfterStaffDiscountsGivesNothing()
    {
        Promotion fiveOff;
        fiveOff.amountOff = Money{500, u"EUR"_qs};
        fiveOff.minSubtotal = Money{3000, u"EUR"_qs};
        const QList<PricingItem> shirts = {{1990, 2, 2000, {}}};
        QCOMPARE(priceCartItems(shirts, std::nullopt, &fiveOff).promotionDiscount, 500);
        const CartFigures f = priceCartItems(shirts, percentOff(25), &fiveOff);
        QCOMPARE(f.promotionBase, 2985);
        QCOMPARE(f.promotionDiscount, 0);
        QCOMPARE(f.totals.total, 2985);
    }

    void aboveTwentyPercentOfWhatItAppliesToNeedsApproval()
    {
        QVERIFY(!discountNeedsApproval(percentOff(20), 1990));
        QVERIFY(discountNeedsApproval(percentOff(21), 1990));
        QVERIFY(!discountNeedsApproval(amountOff(398), 1990)); // exactly 20 %
        QVERIFY(discountNeedsApproval(amountOff(399), 1990));
        // Judged as given: 20 % of 3 cents rounds to 1 cent (33 %) and still needs nobody.
        QVERIFY(!discountNeedsApproval(percentOff(20), 3));
        QVERIFY(!priceCartItems({{1990, 2, 2000, amountOff(398)}}, std::nullopt, nullptr).needsApproval);
        QVERIFY(priceCartItems({{1990, 2, 2000, amountOff(399)}}, std::nullopt, nullptr).needsApproval);
        // The order's on the subtotal after line discounts: 7.16 of 35.82 is 19.99 %.
        QVERIFY(!priceCartItems({{1990, 2, 2000, percentOff(10)}}, amountOff(716), nullptr).needsApproval);
        QVERIFY(priceCartItems({{1990, 2, 2000, percentOff(10)}}, amountOff(717), nullptr).needsApproval);
        QVERIFY(priceCartItems({{1990, 2, 2000, {}}}, percentOff(21), nullptr).needsApproval);
    }

    void everythingCanBeGivenAway()
    {
        const CartFigures f = priceCartItems(
            {{1990, 1, 2000, percentOff(100)}, {890, 1, 550, amountOff(890)}}, percentOff(50), nullptr);
        QCOMPARE(f.totals.subtotal, 0);
        QCOMPARE(f.totals.discount, 0);
        QCOMPARE(f.totals.tax, 0);
        QCOMPARE(f.totals.total, 0);
    }

    // Random carts: whatever the discounts, a receipt's figures add up to the cent.
    void randomCartsAlwaysAddUp()
    {
        QRandomGenerator random(20261206);
        const int rates[] = {2000, 550, 0};
        for (int n = 0; n < 5000; ++n) {
            QList<PricingItem> items;
            qint64 gross = 0;
            for (int i = 1 + int(random.bounded(6)); i > 0; --i) {
                PricingItem item{1 + qint64(random.bounded(50000)),
                                 1 + qint64(random.bounded(20)),
                                 rates[random.bounded(3)],
                                 {}};
                if (random.bounded(2))
                    item.discount = random.bounded(2)
                                        ? percentOff(1 + int(random.bounded(100)))
                                        : amountOff(1 + qint64(random.bounded(int(item.unitPrice))));
                gross += item.unitPrice * item.quantity;
                items.append(item);
            }
            std::optional<Discount> order;
            if (random.bounded(2))
                order = random.bounded(2) ? percentOff(1 + int(random.bounded(100)))
                                          : amountOff(1 + random.bounded(5000));
            Promotion promo;
            promo.percentOff = 1 + int(random.bounded(100));
            const CartFigures f = priceCartItems(items, order, random.bounded(2) ? &promo : nullptr);
            qint64 ownSum = 0, netSum = 0, shareSum = 0, taxSum = 0;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const qint64 lineGross = items[i].unitPrice * items[i].quantity;
                QVERIFY(f.lineDiscounts[i] >= 0 && f.lineDiscounts[i] <= lineGross);
                QCOMPARE(f.lineTotals[i], lineGross - f.lineDiscounts[i]);
                QVERIFY(f.totals.lineDiscounts[i] >= 0 && f.totals.lineDiscounts[i] <= f.lineTotals[i]);
                QCOMPARE(f.totals.lineTaxes[i],
                         vatIncluded(f.lineTotals[i] - f.totals.lineDiscounts[i], items[i].taxRateBp));
                ownSum += f.lineDiscounts[i];
                netSum += f.lineTotals[i];
                shareSum += f.totals.lineDiscounts[i];
                taxSum += f.totals.lineTaxes[i];
            }
            QCOMPARE(netSum, gross - ownSum);
            QCOMPARE(f.totals.subtotal, netSum);
            QCOMPARE(f.totals.discount, f.orderDiscount + f.promotionDiscount);
            QCOMPARE(shareSum, f.totals.discount);
            QCOMPARE(f.totals.tax, taxSum);
            QCOMPARE(f.totals.total, f.totals.subtotal - f.totals.discount);
            QVERIFY(f.totals.total >= 0);
        }
    }
};

QTEST_GUILESS_MAIN(TstCartPricing)
#include "tst_cartpricing.moc"
