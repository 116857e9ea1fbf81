// The shop's and the staff console's sign-in against a real server: a customer registers, is
// remembered (in a file only its owner reads, where no secret service runs) and signs out for
// good; staff sign in with their store; each refuses the accounts it is not for, wrong passwords
// and unreachable servers in words; and both windows sign in driven by the keyboard.
#include "app/cart/cart.h"
#include "app/core/app.h"
#include "syncchecks.h"
#include "testserver.h"
#include "windowdriver.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kPassword = QString::fromLatin1(kDemoPassword);

} // namespace

class AccountsTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;

    app::LaunchOptions options(app::Mode mode, const QString& profile) const
    {
        app::LaunchOptions o;
        o.mode = mode;
        o.serverUrl = m_server.url();
        o.profileDir = profile;
        o.language = u"en"_qs;
        return o;
    }

    int meStatus(const QByteArray& token)
    {
        return m_server.client().get("/api/v1/me", token.toStdString()).status;
    }

private slots:
    void initTestCase()
    {
        // No secret service in a test: the token goes to the owner-only file, which is checked.
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        // A customer every test may use (the first test registers one of its own).
        QCOMPARE(m_server.client()
                     .post("/api/v1/auth/register", {{u"email"_qs, u"camille@example.fr"_qs},
                                                     {u"password"_qs, u"a-long-secret"_qs},
                                                     {u"name"_qs, u"Camille Martin"_qs}})
                     .status,
                 201);
    }

    void aCustomerRegistersIsRememberedAndSignsOutForGood()
    {
        QTemporaryDir profile;
        QByteArray token;
        {
            app::App shop(options(app::Mode::Shop, profile.path()));
            app::CustomerAccess& customer = *shop.customer();
            QVERIFY(!customer.signedIn());
            // The server is known (--server): a visitor browses signed out, on the public feed.
            QVERIFY(shop.session()->isActive());
            customer.registerAccount(u"Dominique Petit"_qs, u"dominique@example.fr"_qs, u"a-long-secret"_qs);
            QVERIFY2(waitFor([&] { return customer.signedIn(); }), qPrintable(customer.error()));
            QCOMPARE(customer.userName(), u"Dominique Petit"_qs);
            QCOMPARE(customer.role(), u"customer"_qs);
            QVERIFY(shop.session()->isActive());
            QVERIFY(waitFor([&] { return shop.session()->connectivity() == sync::SyncClient::Online; }));
            token = customer.token();
            QCOMPARE(meStatus(token), 200);

            // Kept in a file only its owner may read, and not in the settings file.
            QFile kept(profile.filePath(u"shop-token"_qs));
            QVERIFY(kept.exists());
            QCOMPARE(kept.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
            QVERIFY(kept.open(QIODevice::ReadOnly) && kept.readAll().contains(token));
            QFile settings(profile.filePath(u"comptoir.ini"_qs));
            QVERIFY(settings.open(QIODevice::ReadOnly) && !settings.readAll().contains(token));
        }
        {
            // The next start opens signed in, on the same account.
            app::App shop(options(app::Mode::Shop, profile.path()));
            QVERIFY(shop.customer()->signedIn());
            QCOMPARE(shop.customer()->userEmail(), u"dominique@example.fr"_qs);
            QVERIFY(shop.session()->isActive());

            shop.customer()->signOut();
            QVERIFY(!shop.customer()->signedIn());
            // Back to browsing signed out, without the token.
            QVERIFY(shop.session()->isActive());
            QVERIFY(shop.session()->sync()->cache().meta(u"identity.public"_qs) == u"1");
            // The token stops working on the server, and the file forgets it.
            QVERIFY(waitFor([&] { return meStatus(token) == 401; }));
            QFile kept(profile.filePath(u"shop-token"_qs));
            QVERIFY(kept.open(QIODevice::ReadOnly) && !kept.readAll().contains(token));
        }
        app::App again(options(app::Mode::Shop, profile.path()));
        QVERIFY(!again.customer()->signedIn());
    }

    void aVisitorBrowsesSignedOutAndSigningOutKeepsOnlyTheCatalog()
    {
        QTemporaryDir profile;
        {
            // No server known yet: the shop asks once, then browses signed out.
            app::LaunchOptions first = options(app::Mode::Shop, profile.path());
            first.serverUrl.clear();
            app::App shop(first);
            QVERIFY(shop.customer()->needsServer());
            QVERIFY(!shop.session()->isActive());
            QVERIFY(!shop.customer()->useServer(u"not a server"_qs));
            QCOMPARE(shop.customer()->error(),
                     u"Enter the server address, for example https://shop.example.fr."_qs);
            QVERIFY(shop.customer()->useServer(m_server.url()));
            QVERIFY(!shop.customer()->needsServer());
            QVERIFY(shop.session()->isActive());
            QVERIFY(waitFor([&] { return shop.session()->catalogReady(); }, 60000));
        }
        // The next start remembers the shop, and a visitor fills a cart signed out.
        app::LaunchOptions later = options(app::Mode::Shop, profile.path());
        later.serverUrl.clear();
        app::App shop(later);
        QVERIFY(shop.session()->isActive());
        QVERIFY(waitFor([&] { return shop.session()->catalogReady(); }, 60000));
        const QString sku = [&] {
            auto first = shop.session()->sync()->cache().db().prepare(
                "SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = "
                "'active' "
                "ORDER BY v.sku LIMIT 1");
            return first.step() ? first.text(0) : QString();
        }();
        QVERIFY(!sku.isEmpty());
        QVERIFY(shop.cart()->add(sku, 2));
        QCOMPARE(shop.cart()->itemCount(), 2);

        shop.customer()->signIn(u"camille@example.fr"_qs, u"a-long-secret"_qs);
        QVERIFY2(waitFor([&] { return shop.customer()->signedIn(); }), qPrintable(shop.customer()->error()));
        // Signed in, the catalog stays and the visitor's cart with it.
        QCOMPARE(shop.cart()->itemCount(), 2);
        QVERIFY(waitFor([&] { return shop.session()->catalogReady(); }, 60000));
        const auto count = [&](const char* sql) {
            auto st = shop.session()->sync()->cache().db().prepare(sql);
            return st.step() ? st.int64(0) : -1;
        };
        QVERIFY(waitFor([&] { return count("SELECT count(*) FROM server_cart") == 1; }));
        const qint64 products = count("SELECT count(*) FROM products");
        QVERIFY(products > 0);

        // Signing out forgets the customer's cart and rows, and keeps the catalog.
        shop.customer()->signOut();
        QVERIFY(shop.session()->isActive());
        QCOMPARE(shop.cart()->itemCount(), 0);
        QCOMPARE(count("SELECT count(*) FROM server_cart"), 0);
        QCOMPARE(count("SELECT count(*) FROM addresses"), 0);
        QCOMPARE(count("SELECT count(*) FROM orders WHERE origin = 'server'"), 0);
        QCOMPARE(count("SELECT count(*) FROM products"), products);
    }

    void theShopRefusesInWordsWhatCannotSignIn()
    {
        QTemporaryDir profile;
        app::App shop(options(app::Mode::Shop, profile.path()));
        app::CustomerAccess& customer = *shop.customer();
        const auto attempt = [&](const QString& email, const QString& password) {
            customer.signIn(email, password);
            return waitFor([&] { return !customer.busy(); }) ? customer.error() : u"(still busy)"_qs;
        };
        QCOMPARE(attempt(u"manager@demo.comptoir.fr"_qs, u"wrong password"_qs),
                 u"This email address and password do not match."_qs);
        QCOMPARE(attempt(u"nobody@example.fr"_qs, kPassword),
                 u"This email address and password do not match."_qs);
        QCOMPARE(attempt(u"staff.paris@demo.comptoir.fr"_qs, kPassword),
                 u"This is a staff account. Sign in with your customer account, or create one."_qs);
        QCOMPARE(attempt(QString(), kPassword), u"Enter your email address and your password."_qs);
        QVERIFY(!customer.signedIn());

        customer.registerAccount(u"Lou"_qs, u"lou@example.fr"_qs, u"short"_qs);
        QCOMPARE(customer.error(), u"Choose a password of at least 10 characters."_qs);
        customer.registerAccount(u"Lou"_qs, u"manager@demo.comptoir.fr"_qs, u"long-enough-1"_qs);
        QVERIFY(waitFor([&] { return !customer.busy(); }));
        QCOMPARE(customer.error(), u"An account already uses this email address. Sign in instead."_qs);
        customer.registerAccount(u"Lou"_qs, u"not an email"_qs, u"long-enough-1"_qs);
        QVERIFY(waitFor([&] { return !customer.busy(); }));
        QCOMPARE(customer.error(), u"This email address does not look right."_qs);

        customer.setServerUrl(u"http://127.0.0.1:1"_qs);
        QCOMPARE(attempt(u"camille@example.fr"_qs, u"a-long-secret"_qs),
                 u"No Comptoir server answers at this address. Check the address and the network."_qs);
        customer.setServerUrl(u"not a server"_qs);
        QCOMPARE(attempt(u"camille@example.fr"_qs, u"a-long-secret"_qs),
                 u"Enter the server address, for example https://shop.example.fr."_qs);
        QVERIFY(!customer.signedIn());
        // Still browsing signed out at the server it started with.
        QVERIFY(shop.session()->isActive());
        QCOMPARE(shop.session()->serverUrl(), m_server.url());
    }

    void staffSignInAtTheirStoreAndCustomersAreRefused()
    {
        QTemporaryDir profile;
        app::App console(options(app::Mode::Staff, profile.path()));
        app::StaffAccess& staff = *console.staff();
        staff.signIn(u"camille@example.fr"_qs, u"a-long-secret"_qs);
        QVERIFY(waitFor([&] { return !staff.busy(); }));
        QCOMPARE(staff.error(),
                 u"This is a customer account. The staff console is for the store's staff."_qs);
        QVERIFY(!staff.signedIn());

        staff.signIn(u"staff.lyon@demo.comptoir.fr"_qs, kPassword);
        QVERIFY2(waitFor([&] { return staff.signedIn(); }), qPrintable(staff.error()));
        QCOMPARE(staff.role(), u"staff"_qs);
        QVERIFY(!staff.isManager());
        QCOMPARE(console.session()->storeId(), u"loc_lyon"_qs);
        QVERIFY(waitFor([&] { return console.session()->catalogReady(); }, 60000));
        QVERIFY(console.session()->storeName().contains(u"Lyon"_qs));
        const QByteArray token = staff.token();
        staff.signOut();
        QVERIFY(waitFor([&] { return meStatus(token) == 401; }));

        staff.signIn(u"manager@demo.comptoir.fr"_qs, kPassword);
        QVERIFY(waitFor([&] { return staff.signedIn(); }));
        QVERIFY(staff.isManager());
        QVERIFY(console.session()->storeId().isEmpty());
        // Nothing of a staff sign-in is kept on disk: the next start asks again.
        QFile settings(profile.filePath(u"comptoir.ini"_qs));
        QVERIFY(settings.open(QIODevice::ReadOnly) && !settings.readAll().contains(staff.token()));
    }

    void bothWindowsSignInWithTheKeyboardAndSayWhatWentWrong()
    {
        for (const app::Mode mode : {app::Mode::Shop, app::Mode::Staff}) {
            const bool shop = mode == app::Mode::Shop;
            QTemporaryDir profile;
            app::App app(options(mode, profile.path()));
            QQmlApplicationEngine engine;
            engine.addImportPath(u"qrc:/qt/qml"_qs);
            engine.load(app.windowUrl());
            QVERIFY(!engine.rootObjects().isEmpty());
            auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
            QVERIFY(window);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            WindowDriver driver(window);
            app::AccountAccess& access = shop ? static_cast<app::AccountAccess&>(*app.customer())
                                              : static_cast<app::AccountAccess&>(*app.staff());
            const QString email = shop ? u"camille@example.fr"_qs : u"staff.paris@demo.comptoir.fr"_qs;
            const QString password = shop ? u"a-long-secret"_qs : kPassword;

            // The shop opens on its home, browsing signed out: the account button leads to the
            // sign-in. The server is filled in from --server; a wrong password is said in words.
            if (shop)
                QVERIFY(driver.tap(u"shopAccountButton"_qs));
            QVERIFY(driver.waitForItem(u"emailFieldInput"_qs));
            QCOMPARE(driver.find(u"serverFieldInput"_qs)->property("text").toString(), m_server.url());
            QVERIFY(driver.typeInto(u"emailFieldInput"_qs, email));
            QVERIFY(driver.typeInto(u"passwordFieldInput"_qs, u"not the password"_qs));
            driver.press(Qt::Key_Return);
            QVERIFY(waitFor([&] {
                QQuickItem* error = driver.find(u"signInError"_qs);
                return error && error->isVisible() &&
                       error->property("text").toString() ==
                           u"This email address and password do not match."_qs;
            }));
            QVERIFY(!access.signedIn());

            // Then the right one, Enter, and the home says who is signed in.
            QQuickItem* passwordField = driver.find(u"passwordFieldInput"_qs);
            passwordField->setProperty("text", QString());
            QVERIFY(driver.typeInto(u"passwordFieldInput"_qs, password));
            driver.press(Qt::Key_Return);
            QVERIFY2(waitFor([&] { return access.signedIn(); }), qPrintable(access.error()));
            if (shop) {
                // The top bar names the customer; the account page signs out, back to browsing.
                QVERIFY(waitFor([&] {
                    QQuickItem* account = driver.find(u"shopAccountButton"_qs);
                    return account && account->property("text").toString() == access.userName();
                }));
                QVERIFY(driver.tap(u"shopAccountButton"_qs));
                QVERIFY(driver.waitForItem(u"accountSignOut"_qs));
                QVERIFY(waitFor([&] { return !driver.find(u"stack"_qs)->property("busy").toBool(); }));
                QVERIFY(driver.tap(u"accountSignOut"_qs));
                QVERIFY(waitFor([&] { return !access.signedIn(); }));
                QVERIFY(app.session()->isActive());
                continue;
            }
            QVERIFY(driver.waitForItem(u"signedInAs"_qs));
            QCOMPARE(driver.find(u"signedInAs"_qs)->property("text").toString(), access.userName());
            QVERIFY(driver.tap(u"signOutButton"_qs));
            QVERIFY(waitFor([&] { return !access.signedIn(); }));
            QVERIFY(driver.waitForItem(u"emailFieldInput"_qs));
        }
    }
};

QTEST_MAIN(AccountsTest)
#include "tst_accounts.moc"
