// Pricing without HTTP: priceCart against a real SQLite store in a temp folder, so VAT
// rounding, promotions and totals are checked where they are computed.
#include "domain/pricing.h"
#include "store/sqlitestore.h"

#include "comptoir/validation.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::server;

class TstPricing : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundsVatOnEachLineNotOnTheTotal();
    void reducedRateLineCarriesItsOwnVat();
    void percentPromotionSplitsDiscountAcrossLines();
    void fixedPromotionTakesItsAmountOffTheTotal();
    void promotionBelowItsMinimumIsRefused();
    void unknownSkuIsRefusedWithItsField();
    void staffDiscountsComeBeforeThePromotionOnNetLines();
    void discountsAboveWhatTheyApplyToAreRefused();
    void readsDiscountsFromTheBody();

private:
    void addProduct(const QString& id, qint64 price, TaxClass taxClass);
    void addPromotion(const QString& code, std::optional<int> percentOff, std::optional<qint64> amountOff,
                      qint64 minSubtotal = 0);
    [[nodiscard]] PricedCart price(QList<CartLine> lines, const QString& promoCode = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void TstPricing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SqliteStore>(m_dir->filePath(u"pricing.db"_qs).toStdString(),
                                            sqlite::Durability::Normal);
    m_store->putCategory(Category{CategoryId{u"cat"_qs}, u"Things"_qs, CategoryId{}, 0});
}

void TstPricing::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstPricing::addProduct(const QString& id, qint64 price, TaxClass taxClass)
{
    Product p;
    p.id = ProductId{id};
    p.name = id;
    p.categoryId = CategoryId{u"cat"_qs};
    p.taxClass = taxClass;
    p.variants = {Variant{id + u"-1"_qs, {}, Money{price, u"EUR"_qs}, QString()}};
    (void)m_store->createProduct(p);
}

void TstPricing::addPromotion(const QString& code, std::optional<int> percentOff,
                              std::optional<qint64> amountOff, qint64 minSubtotal)
{
    Promotion p;
    p.code = code;
    p.percentOff = percentOff;
    if (amountOff)
        p.amountOff = Money{*amountOff, u"EUR"_qs};
    p.minSubtotal = Money{minSubtotal, u"EUR"_qs};
    m_store->createPromotion(p);
}

PricedCart TstPricing::price(QList<CartLine> lines, const QString& promoCode)
{
    CartRequest cart;
    cart.lines = std::move(lines);
    cart.promoCode = promoCode;
    return priceCart(cart, *m_store, LocationId{}, u"EUR"_qs, QDateTime::currentDateTimeUtc());
}

void TstPricing::roundsVatOnEachLineNotOnTheTotal()
{
    addProduct(u"a"_qs, 1000, TaxClass::Standard);
    addProduct(u"b"_qs, 1000, TaxClass::Standard);
    const PricedCart cart = price({{u"a-1"_qs, 1}, {u"b-1"_qs, 1}});
    // 10.00 at 20 % contains 1.666… → 1.67 per line; rounding the 20.00 total would give 3.33.
    QCOMPARE(cart.lines.size(), 2);
    QCOMPARE(cart.lines[0].tax, 167);
    QCOMPARE(cart.lines[1].tax, 167);
    QCOMPARE(cart.totals.tax.amount, 334);
    QCOMPARE(cart.totals.subtotal.amount, 2000);
    QCOMPARE(cart.totals.discount.amount, 0);
    QCOMPARE(cart.totals.total.amount, 2000);
}

void TstPricing::reducedRateLineCarriesItsOwnVat()
{
    addProduct(u"bread"_qs, 211, TaxClass::Reduced);
    addProduct(u"pen"_qs, 300, TaxClass::Standard);
    const PricedCart cart = price({{u"bread-1"_qs, 3}, {u"pen-1"_qs, 1}});
    // 6.33 at 5.5 % contains 0.33; 3.00 at 20 % contains 0.50.
    QCOMPARE(cart.lines[0].line.lineTotal.amount, 633);
    QCOMPARE(cart.lines[0].line.taxRateBp, 550);
    QCOMPARE(cart.lines[0].tax, 33);
    QCOMPARE(cart.lines[1].tax, 50);
    QCOMPARE(cart.totals.tax.amount, 83);
    QCOMPARE(cart.totals.total.amount, 933);
}

void TstPricing::percentPromotionSplitsDiscountAcrossLines()
{
    addProduct(u"a"_qs, 1000, TaxClass::Standard);
    addProduct(u"b"_qs, 1000, TaxClass::Standard);
    addPromotion(u"TEN"_qs, 10, std::nullopt);
    const PricedCart cart = price({{u"a-1"_qs, 1}, {u"b-1"_qs, 1}}, u"TEN"_qs);
    QVERIFY(cart.promotion);
    QCOMPARE(cart.totals.subtotal.amount, 2000);
    QCOMPARE(cart.totals.discount.amount, 200);
    QCOMPARE(cart.totals.total.amount, 1800);
    // Each line keeps 9.00, which contains 1.50 of VAT.
    QCOMPARE(cart.lines[0].discount, 100);
    QCOMPARE(cart.lines[1].discount, 100);
    QCOMPARE(cart.lines[0].tax, 150);
    QCOMPARE(cart.totals.tax.amount, 300);
}

void TstPricing::fixedPromotionTakesItsAmountOffTheTotal()
{
    addProduct(u"a"_qs, 1000, TaxClass::Standard);
    addProduct(u"b"_qs, 1000, TaxClass::Standard);
    addPromotion(u"FIVE"_qs, std::nullopt, 500);
    const PricedCart cart = price({{u"a-1"_qs, 1}, {u"b-1"_qs, 1}}, u"FIVE"_qs);
    QCOMPARE(cart.totals.discount.amount, 500);
    QCOMPARE(cart.totals.total.amount, 1500);
    QCOMPARE(cart.lines[0].discount + cart.lines[1].discount, 500);
    // 7.50 per line contains 1.25 of VAT.
    QCOMPARE(cart.totals.tax.amount, 250);
}

void TstPricing::promotionBelowItsMinimumIsRefused()
{
    addProduct(u"a"_qs, 1000, TaxClass::Standard);
    addPromotion(u"BIG"_qs, 10, std::nullopt, 5000);
    try {
        (void)price({{u"a-1"_qs, 1}}, u"BIG"_qs);
        QFAIL("a cart under the promotion's minimum was priced");
    } catch (const ValidationError& e) {
        QCOMPARE(e.errors().size(), 1);
        QCOMPARE(e.errors().first().field, u"promo_code"_qs);
    }
}

void TstPricing::unknownSkuIsRefusedWithItsField()
{
    try {
        (void)price({{u"nope"_qs, 1}});
        QFAIL("an unknown SKU was priced");
    } catch (const ValidationError& e) {
        QCOMPARE(e.errors().size(), 1);
        QCOMPARE(e.errors().first().field, u"lines[0].sku"_qs);
    }
}

void TstPricing::staffDiscountsComeBeforeThePromotionOnNetLines()
{
    addProduct(u"a"_qs, 1000, TaxClass::Standard);
    addProduct(u"b"_qs, 633, TaxClass::Reduced);
    addPromotion(u"TEN"_qs, 10, std::nullopt);
    CartRequest cart;
    cart.lines = {{u"a-1"_qs, 2, DiscountRequest{25, std::nullopt, {}}},
                  {u"b-1"_qs, 1, DiscountRequest{std::nullopt, Money{33, u"EUR"_qs}, {}}}};
    cart.discount = DiscountRequest{std::nullopt, Money{100, u"EUR"_qs}, u"geste"_qs};
    cart.promoCode = u"TEN"_qs;
    const PricedCart priced =
        priceCart(cart, *m_store, LocationId{}, u"EUR"_qs, QDateTime::currentDateTimeUtc());
    // 20.00 − 25 % = 15.00; 6.33 − 0.33 = 6.00; subtotal 21.00, −1.00, then 10 % of 20.00.
    QCOMPARE(priced.lines[0].line.discount.amount, 500);
    QCOMPARE(priced.lines[0].line.lineTotal.amount, 1500);
    QCOMPARE(priced.lines[1].line.discount.amount, 33);
    QCOMPARE(priced.lines[1].line.lineTotal.amount, 600);
    QCOMPARE(priced.totals.subtotal.amount, 2100);
    QCOMPARE(priced.discount->amount.amount, 100);
    QCOMPARE(priced.totals.discount.amount, 300);
    QCOMPARE(priced.totals.total.amount, 1800);
    // 3.00 spread 15:6 → 2.14 and 0.86 (largest remainder); VAT on 12.86 and 5.14.
    QCOMPARE(priced.lines[0].discount, 214);
    QCOMPARE(priced.lines[1].discount, 86);
    QCOMPARE(priced.lines[0].tax, 214);
    QCOMPARE(priced.lines[1].tax, 27);
    QCOMPARE(priced.totals.tax.amount, 241);
    QVERIFY(priced.needsApproval); // 25 % on a line
}

void TstPricing::discountsAboveWhatTheyApplyToAreRefused()
{
    addProduct(u"a"_qs, 1000, TaxClass::Standard);
    const auto fields = [&](CartRequest cart) {
        try {
            (void)priceCart(cart, *m_store, LocationId{}, u"EUR"_qs, QDateTime::currentDateTimeUtc());
        } catch (const ValidationError& e) {
            QStringList out;
            for (const FieldError& f : e.errors())
                out.append(f.field);
            return out;
        }
        return QStringList{};
    };
    CartRequest cart;
    cart.lines = {{u"a-1"_qs, 1, DiscountRequest{std::nullopt, Money{1001, u"EUR"_qs}, {}}}};
    QCOMPARE(fields(cart), QStringList{u"lines[0].discount.amount"_qs});
    cart.lines[0].discount->amount = Money{100, u"USD"_qs};
    QCOMPARE(fields(cart), QStringList{u"lines[0].discount.amount"_qs});
    cart.lines[0].discount->amount = Money{1000, u"EUR"_qs}; // the whole price: allowed
    QCOMPARE(fields(cart), QStringList{});
    cart.lines[0].discount->amount = Money{100, u"EUR"_qs};
    cart.discount = DiscountRequest{std::nullopt, Money{901, u"EUR"_qs}, u"r"_qs};
    QCOMPARE(fields(cart), QStringList{u"discount.amount"_qs});
    cart.discount->amount = Money{900, u"EUR"_qs};
    QCOMPARE(fields(cart), QStringList{});
}

void TstPricing::readsDiscountsFromTheBody()
{
    const QJsonObject body = QJsonDocument::fromJson(R"({"lines":[
        {"sku":"a-1","quantity":1,"discount":{"percent":15}},
        {"sku":"b-1","quantity":2,"discount":{"amount":{"amount":50,"currency":"EUR"}}},
        {"sku":"c-1","quantity":1,"discount":null}],
        "discount":{"percent":5,"reason":"  fidélité  "}})")
                                 .object();
    const CartRequest cart = readCartRequest(body);
    QCOMPARE(cart.lines[0].discount->percent, std::optional<int>(15));
    QVERIFY(!cart.lines[0].discount->amount);
    QCOMPARE(cart.lines[1].discount->amount, std::optional<Money>(Money{50, u"EUR"_qs}));
    QVERIFY(!cart.lines[2].discount);
    QCOMPARE(cart.discount->percent, std::optional<int>(5));
    QCOMPARE(cart.discount->reason, u"fidélité"_qs);
    QVERIFY(cart.hasStaffDiscount());
    QVERIFY(!readCartRequest(QJsonDocument::fromJson(R"({"lines":[{"sku":"a","quantity":1}]})").object())
                 .hasStaffDiscount());
}

QTEST_GUILESS_MAIN(TstPricing)
#include "tst_pricing.moc"
