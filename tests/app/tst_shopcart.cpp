// The customer's cart kept on the server, from the shop, against a real server: signing in
// merges the visitor's cart into the account's; two signed-in devices of one customer editing
// one cart at once each keep the other's lines (a 412 is merged and sent again, never a silent
// overwrite), and each sees the other's changes live; an edit made while the server is down is
// sent when it is back.
#include "app/cart/cart.h"
#include "app/core/app.h"
#include "app/shop/cartmerge.h"
#include "syncchecks.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kPassword = u"a-long-secret"_qs;

} // namespace

class ShopCartTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    QStringList m_skus; // four SKUs on sale
    QList<std::shared_ptr<QTemporaryDir>> m_profiles;

    std::unique_ptr<app::App> shop()
    {
        m_profiles.append(std::make_shared<QTemporaryDir>());
        app::LaunchOptions o;
        o.mode = app::Mode::Shop;
        o.serverUrl = m_server.url();
        o.profileDir = m_profiles.last()->path();
        o.language = u"en"_qs;
        return std::make_unique<app::App>(o);
    }

    static bool signIn(app::App& shop, const QString& email)
    {
        shop.customer()->signIn(email, kPassword);
        return waitFor([&] { return shop.customer()->signedIn(); }) &&
               waitFor([&] { return !shop.accountCart()->pending() && shop.accountCart()->version() >= 0; });
    }

    void registerCustomer(const QString& email)
    {
        QCOMPARE(m_server.client()
                     .post("/api/v1/auth/register",
                           {{u"email"_qs, email}, {u"password"_qs, kPassword}, {u"name"_qs, u"Camille"_qs}})
                     .status,
                 201);
    }

    app::CartContent serverCart(const QString& email)
    {
        const std::string token = m_server.login(email, kPassword);
        return app::cartFromJson(m_server.client().get("/api/v1/me/cart", token).json());
    }

    static app::CartContent lines(std::initializer_list<std::pair<QString, qint64>> list,
                                  const QString& promo = {})
    {
        app::CartContent content;
        for (const auto& [sku, quantity] : list)
            content.lines.insert(sku, quantity);
        content.promoCode = promo;
        return content;
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        auto visitor = shop();
        QVERIFY(waitFor([&] { return visitor->session()->catalogReady(); }, 60000));
        auto st = visitor->session()->sync()->cache().db().prepare(
            "SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'active' "
            "ORDER BY v.sku LIMIT 4");
        while (st.step())
            m_skus << st.text(0);
        QCOMPARE(m_skus.size(), 4);
    }

    void mergesAreSumsOfWhatEachSideChanged()
    {
        const auto& s = m_skus;
        // A first sign-in: nothing in common, the visitor's lines add to the account's.
        QCOMPARE(app::mergeCarts({}, lines({{s[0], 2}, {s[1], 1}}, u"HIVER"_qs), lines({{s[0], 1}})),
                 lines({{s[0], 3}, {s[1], 1}}, u"HIVER"_qs));
        // Since a common version: this device removed a line and the other added one.
        QCOMPARE(app::mergeCarts(lines({{s[0], 1}, {s[1], 1}}), lines({{s[0], 1}}),
                                 lines({{s[0], 1}, {s[1], 1}, {s[2], 4}})),
                 lines({{s[0], 1}, {s[2], 4}}));
        // This device took the promo code off; the other left it: off it stays. Quantities stay ≤ 99.
        QCOMPARE(app::mergeCarts(lines({{s[0], 90}}, u"HIVER"_qs), lines({{s[0], 95}}),
                                 lines({{s[0], 98}}, u"HIVER"_qs)),
                 lines({{s[0], 99}}));
    }

    void signingInMergesTheVisitorsCartIntoTheAccounts()
    {
        const QString email = u"merge@example.fr"_qs;
        registerCustomer(email);
        const std::string token = m_server.login(email, kPassword);
        QCOMPARE(m_server.client()
                     .put("/api/v1/me/cart", app::cartToJson(lines({{m_skus[0], 1}})), token,
                          {{"If-Match", "\"0\""}})
                     .status,
                 200);

        auto visitor = shop();
        QVERIFY(waitFor([&] { return visitor->session()->catalogReady(); }, 60000));
        QVERIFY(visitor->cart()->add(m_skus[0], 2));
        QVERIFY(visitor->cart()->add(m_skus[1], 1));
        visitor->cart()->applyPromoCode(u"bienvenue10"_qs);
        QVERIFY(signIn(*visitor, email));

        const auto merged = lines({{m_skus[0], 3}, {m_skus[1], 1}}, u"BIENVENUE10"_qs);
        QVERIFY(waitFor([&] { return serverCart(email) == merged; }));
        QCOMPARE(visitor->accountCart()->local(), merged);

        // A restart signed in merges nothing twice: the cart is what the server holds.
        const QString profile = m_profiles.last()->path();
        visitor.reset();
        app::LaunchOptions o;
        o.mode = app::Mode::Shop;
        o.serverUrl = m_server.url();
        o.profileDir = profile;
        app::App again(o);
        QVERIFY(again.customer()->signedIn());
        QVERIFY(
            waitFor([&] { return !again.accountCart()->pending() && again.accountCart()->version() >= 0; }));
        QCOMPARE(again.accountCart()->local(), merged);
        QCOMPARE(serverCart(email), merged);
    }

    void twoDevicesEditingOneCartKeepEachOthersLines()
    {
        const QString email = u"two.devices@example.fr"_qs;
        registerCustomer(email);
        auto laptop = shop();
        auto desktop = shop();
        QVERIFY(signIn(*laptop, email));
        QVERIFY(signIn(*desktop, email));
        QVERIFY(laptop->cart()->add(m_skus[0], 1));
        QVERIFY(waitFor([&] { return desktop->cart()->itemCount() == 1; })); // live, through the feed
        QVERIFY(
            waitFor([&] { return !laptop->accountCart()->pending() && !desktop->accountCart()->pending(); }));

        // Both change the cart at the same moment, from the same version: one of them is told
        // 412 and lays its change over the other's.
        QVERIFY(laptop->cart()->add(m_skus[1], 2));
        QVERIFY(desktop->cart()->add(m_skus[2], 3));
        desktop->cart()->setQuantity(m_skus[0], 4);
        const auto both = lines({{m_skus[0], 4}, {m_skus[1], 2}, {m_skus[2], 3}});
        QVERIFY(waitFor([&] { return serverCart(email) == both; }));
        QVERIFY(waitFor([&] {
            return laptop->accountCart()->local() == both && desktop->accountCart()->local() == both;
        }));
        QVERIFY(
            waitFor([&] { return !laptop->accountCart()->pending() && !desktop->accountCart()->pending(); }));

        // One removes a line while the other adds one: both changes stay.
        laptop->cart()->remove(m_skus[1]);
        desktop->cart()->add(m_skus[3], 1);
        const auto after = lines({{m_skus[0], 4}, {m_skus[2], 3}, {m_skus[3], 1}});
        QVERIFY(waitFor([&] { return serverCart(email) == after; }));
        QVERIFY(waitFor([&] {
            return laptop->accountCart()->local() == after && desktop->accountCart()->local() == after;
        }));
    }

    void anEditMadeWhileTheServerIsDownGoesWhenItIsBack()
    {
        const QString email = u"offline@example.fr"_qs;
        registerCustomer(email);
        auto laptop = shop();
        QVERIFY(signIn(*laptop, email));
        m_server.stop();
        QVERIFY(laptop->cart()->add(m_skus[2], 2));
        QCOMPARE(laptop->cart()->itemCount(), 2); // kept here meanwhile
        QVERIFY(laptop->accountCart()->pending());
        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        QVERIFY(waitFor([&] { return serverCart(email) == lines({{m_skus[2], 2}}); }, 30000));
        QVERIFY(waitFor([&] { return !laptop->accountCart()->pending(); }));
    }
};

QTEST_MAIN(ShopCartTest)
#include "tst_shopcart.moc"
