// The cart: its totals equal the server's quote for the same lines and code (thousands of
// cents, three VAT rates, both promotions), and it survives a restart of the kiosk.

#include "app/cart/cart.h"
#include "kioskfixture.h"
#include "syncchecks.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::test;

class CartTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Kiosk> m_kiosk;
    QStringList m_skus; // mixed tax classes

    static qint64 amount(const QJsonObject& totals, const char* key)
    {
        return totals.value(QLatin1String(key)).toObject().value(u"amount"_qs).toInteger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_kiosk = std::make_unique<Kiosk>(m_server);
        QVERIFY(m_kiosk->waitUntilReady());
        for (const QString& taxClass : {u"standard"_qs, u"reduced"_qs, u"zero"_qs})
            for (int skip = 0; skip < 6; ++skip) {
                const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, taxClass, 1, skip * 7);
                if (!sku.isEmpty())
                    m_skus << sku;
            }
        QVERIFY(m_skus.size() >= 12);
    }

    void init()
    {
        if (m_kiosk)
            m_kiosk->app().cart()->clear();
    }

    void totalsEqualTheServersQuote()
    {
        app::Cart& cart = *m_kiosk->app().cart();
        QRandomGenerator random(20261124);
        const QStringList codes{QString(), u"BIENVENUE10"_qs, u"CINQ-EUROS"_qs};
        int withDiscount = 0;
        int refusedCodes = 0;
        for (int round = 0; round < 60; ++round) {
            cart.clear();
            const int lines = 1 + int(random.bounded(5));
            for (int i = 0; i < lines; ++i)
                QVERIFY(cart.add(m_skus[int(random.bounded(m_skus.size()))], 1 + int(random.bounded(4))));
            const QString code = codes[round % codes.size()];
            if (code == u"CINQ-EUROS" && round % 2 == 0) {
                // Below the code's 30 € minimum: one cheap item.
                cart.clear();
                auto cheap = m_kiosk->cache().prepare(
                    "SELECT v.sku FROM variants v JOIN stock s ON s.sku = v.sku AND s.location_id = "
                    "'loc_paris' "
                    "WHERE v.price < 2000 AND s.on_hand - s.reserved > 0 ORDER BY v.sku LIMIT 1 OFFSET ?");
                cheap.bind(1, round);
                QVERIFY(cheap.step());
                QVERIFY(cart.add(cheap.text(0), 1));
            }
            if (!code.isEmpty())
                cart.applyPromoCode(code);

            QJsonArray body;
            for (const app::CartItem& item : cart.items())
                body.append(QJsonObject{{u"sku"_qs, item.sku}, {u"quantity"_qs, item.quantity}});
            QJsonObject quote{{u"lines"_qs, body}};
            if (!code.isEmpty())
                quote.insert(u"promo_code"_qs, code);
            auto reply = m_server.client().post("/api/v1/quotes", quote);
            if (reply.status == 422) {
                // The server refuses the code (CINQ-EUROS below its minimum): so does the cart,
                // and it prices without it, as the order will.
                QVERIFY(reply.errorFields().contains(u"promo_code"_qs));
                QVERIFY(!cart.promoMessage().isEmpty());
                QVERIFY(cart.appliedPromoCode().isEmpty());
                ++refusedCodes;
                quote.remove(u"promo_code"_qs);
                reply = m_server.client().post("/api/v1/quotes", quote);
            }
            QCOMPARE(reply.status, 200);
            const QJsonObject totals = reply.json().value(u"totals"_qs).toObject();
            const PricedTotals& mine = cart.totals();
            QCOMPARE(mine.subtotal, amount(totals, "subtotal"));
            QCOMPARE(mine.discount, amount(totals, "discount"));
            QCOMPARE(mine.tax, amount(totals, "tax"));
            QCOMPARE(mine.total, amount(totals, "total"));
            QCOMPARE(mine.total, mine.subtotal - mine.discount);
            withDiscount += mine.discount > 0 ? 1 : 0;
        }
        QVERIFY(withDiscount > 10);
        QVERIFY(refusedCodes > 0);
    }

    void refusesAnUnknownCodeInWords()
    {
        app::Cart& cart = *m_kiosk->app().cart();
        cart.add(m_skus.first());
        QVERIFY(!cart.applyPromoCode(u"NOT-A-CODE"_qs));
        QCOMPARE(cart.totals().discount, 0);
        QVERIFY(!cart.promoMessage().isEmpty());
        QVERIFY(cart.applyPromoCode(u" bienvenue10 "_qs)); // typed in lower case, with spaces
        QCOMPARE(cart.promoCode(), u"BIENVENUE10"_qs);
        QVERIFY(cart.promoMessage().isEmpty());
    }

    void aScanOrATapMovesOneRowNotTheWholeList()
    {
        // A reset rebuilds every visible line of the till's sale; a scan must insert one.
        app::Cart& cart = *m_kiosk->app().cart();
        QVERIFY(cart.add(m_skus[0], 1));
        QVERIFY(cart.add(m_skus[1], 1));
        QSignalSpy resets(&cart, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&cart, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&cart, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&cart, &QAbstractItemModel::dataChanged);
        QVERIFY(cart.add(m_skus[2], 1));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QVERIFY(cart.add(m_skus[0], 2)); // the same line again: its quantity, no new row
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(cart.items().first().quantity, 3);
        QCOMPARE(cart.data(cart.index(0), app::Cart::QuantityRole).toInt(), 3);
        cart.remove(m_skus[1]);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(cart.rowCount(), 2);
        QCOMPARE(cart.items()[1].sku, m_skus[2]);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.size(), 0);
    }

    void keepsQuantitiesWithinBounds()
    {
        app::Cart& cart = *m_kiosk->app().cart();
        QVERIFY(!cart.add(m_skus.first(), 0));
        QVERIFY(!cart.add(m_skus.first(), -3));
        QVERIFY(cart.isEmpty());
        QVERIFY(cart.add(m_skus.first(), 60));
        QVERIFY(cart.add(m_skus.first(), 60));
        QCOMPARE(cart.items().first().quantity, app::Cart::kMaxQuantity);
        cart.setQuantity(m_skus.first(), 0);
        QVERIFY(cart.isEmpty());
    }

    void aLineNoLongerSoldIsShownAndBlocksCheckout()
    {
        app::Cart& cart = *m_kiosk->app().cart();
        cart.add(m_skus.first(), 2);
        m_kiosk->cache()
            .prepare("INSERT INTO cart_lines(sku, quantity, position) VALUES ('GONE-SKU', 1, 99)")
            .exec();
        cart.reload();
        QCOMPARE(cart.items().size(), 2);
        QVERIFY(!cart.items().last().sellable);
        QVERIFY(!cart.isSellable());
        QCOMPARE(cart.totals().subtotal, cart.items().first().lineTotal);
        cart.remove(u"GONE-SKU"_qs);
        QVERIFY(cart.isSellable());
    }

    void survivesARestartOfTheKiosk()
    {
        m_kiosk.reset(); // one App per process at a time
        QTemporaryDir profile;
        QList<std::pair<QString, qint64>> before;
        {
            Kiosk first(m_server, {u"loc_paris"_qs, profile.path()});
            QVERIFY(first.waitUntilReady());
            app::Cart& cart = *first.app().cart();
            cart.add(m_skus[0], 2);
            cart.add(m_skus[5], 1);
            cart.add(m_skus[9], 3);
            cart.applyPromoCode(u"BIENVENUE10"_qs);
            for (const app::CartItem& item : cart.items())
                before.append({item.sku, item.quantity});
        }
        Kiosk second(m_server, {u"loc_paris"_qs, profile.path()});
        app::Cart& cart = *second.app().cart();
        QList<std::pair<QString, qint64>> after;
        for (const app::CartItem& item : cart.items())
            after.append({item.sku, item.quantity});
        QCOMPARE(after, before);
        QCOMPARE(cart.promoCode(), u"BIENVENUE10"_qs);
        QVERIFY(cart.totals().discount > 0);
    }
};

QTEST_GUILESS_MAIN(CartTest)
#include "tst_cart.moc"
