// The staff console's till as a cashier uses it, headless against a real server: signed in with
// the keyboard, three items scanned by typing their barcodes and Enter into the window (the focus
// in the search field), an unknown code that adds nothing and says so, a cash payment with its
// change, the receipt's PDF read back with pdftotext (total and VAT lines), and the same cash sale
// made with the server stopped, which reaches it once after the restart.

#include "app/cart/cart.h"
#include "app/core/app.h"
#include "app/staff/cashdrawer.h"
#include "app/till/tillsale.h"
#include "comptoir/ean13.h"
#include "comptoir/money.h"
#include "orderbodies.h"
#include "paperchecks.h"
#include "stafffixture.h"
#include "syncchecks.h"
#include "testserver.h"
#include "tills.h"
#include "windowdriver.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kStaff = u"staff.paris@demo.comptoir.fr"_qs;

} // namespace

class StaffTillTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<app::App> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<WindowDriver> m_driver;
    qint64 m_cashTaken = 0; // what this test's cash sales put in the drawer

    app::TillSale& sale() { return *m_app->till(); }
    app::Cart& cart() { return *m_app->cart(); }
    sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }

    // The barcode of a variant sold here, in stock, of this tax class.
    QString barcodeInStock(const QString& taxClass, int skip = 0)
    {
        return test::barcodeInStock(cache(), u"loc_paris"_qs, taxClass, 5, skip);
    }
    void scan(const QString& code) { scanInto(m_window, code); }

    QJsonObject serverOrder(const QString& id)
    {
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        const auto order = m_server.client().get("/api/v1/orders/" + id.toStdString(), manager);
        return order.status == 200 ? order.json() : QJsonObject();
    }

    bool waitSettled(int timeoutMs = 30000)
    {
        return waitFor(
            [&] {
                return m_app->session()->pendingCount() == 0 &&
                       m_app->session()->connectivity() == sync::SyncClient::Online;
            },
            timeoutMs);
    }

    // From the sale on screen: Pay, the cash received typed, Take cash; the receipt shows.
    void payCash(const QString& typed)
    {
        QVERIFY(m_driver->tap(u"payButton"_qs));
        QVERIFY(m_driver->waitForItem(u"tenderedField"_qs));
        QVERIFY(m_driver->typeInto(u"tenderedField"_qs, typed));
        QVERIFY(m_driver->tap(u"takeCash"_qs));
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        QVERIFY(m_driver->waitForItem(u"newSale"_qs));
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
                 "pdftotext is missing: installers/setup-deps.sh installs poppler-utils");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        app::LaunchOptions o;
        o.mode = app::Mode::Staff;
        o.serverUrl = m_server.url();
        o.profileDir = m_profile.path();
        o.language = u"en"_qs;
        m_app = std::make_unique<app::App>(o);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_qs);
        m_engine->load(m_app->windowUrl());
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_driver = std::make_unique<WindowDriver>(m_window);
    }

    void cleanupTestCase()
    {
        if (m_window)
            m_window->close();
        QCoreApplication::processEvents();
        m_driver.reset();
        m_engine.reset();
        m_app.reset();
    }

    void staffSignInWithTheirPassword()
    {
        QVERIFY(m_driver->waitForItem(u"emailFieldInput"_qs));
        QVERIFY(m_driver->typeInto(u"emailFieldInput"_qs, kStaff));
        QVERIFY(m_driver->typeInto(u"passwordFieldInput"_qs, QString::fromLatin1(kDemoPassword)));
        m_driver->press(Qt::Key_Return);
        QVERIFY2(waitFor([&] { return m_app->staff()->signedIn(); }), qPrintable(m_app->staff()->error()));
        QVERIFY(waitFor([&] { return m_app->session()->catalogReady(); }, 60000));
        QVERIFY(m_driver->waitForItem(u"tillSearch"_qs));
        QVERIFY(m_driver->find(u"tillSearch"_qs)->hasActiveFocus());
    }

    void threeScansAddThreeItemsWhereverTheFocusIs()
    {
        const QStringList codes{barcodeInStock(u"standard"_qs), barcodeInStock(u"reduced"_qs),
                                barcodeInStock(u"standard"_qs, 1)};
        for (const QString& code : codes)
            QVERIFY(isValidEan13(code));
        QQuickItem* search = m_driver->find(u"tillSearch"_qs);
        for (const QString& code : codes)
            scan(code);
        QTRY_COMPARE(cart().itemCount(), 3);
        QCOMPARE(cart().rowCount(), 3);
        // The digits never reached the search field that had the focus.
        QCOMPARE(search->property("text").toString(), QString());
        QVERIFY(!sale().scanRefused());
        QVERIFY(sale().scanMessage().startsWith(u"Added: "_qs));
    }

    void anUnknownCodeAddsNothingAndSaysSo()
    {
        const QString unknown = u"200000000000"_qs + QString::number(ean13CheckDigit(u"200000000000"_qs));
        QVERIFY(isValidEan13(unknown));
        scan(unknown);
        QTRY_VERIFY(sale().scanRefused());
        QCOMPARE(cart().itemCount(), 3);
        QQuickItem* message = m_driver->find(u"scanMessage"_qs);
        QVERIFY(message && message->isVisible());
        const QString said = message->property("text").toString();
        QVERIFY2(said.contains(u"Unknown barcode "_qs + unknown) && said.contains(u"nothing was added"_qs),
                 qPrintable(said));
        QCOMPARE(m_driver->find(u"tillSearch"_qs)->property("text").toString(), QString());
    }

    void aManagerEnrolsThisConsoleAsATill()
    {
        QVERIFY(m_driver->tap(u"signOutButton"_qs));
        QVERIFY(waitFor([&] { return !m_app->staff()->signedIn(); }));
        QVERIFY(m_driver->tap(u"setUpTill"_qs));
        QVERIFY(m_driver->waitForItem(u"setupEmailFieldInput"_qs));
        QQuickItem* store = m_driver->find(u"setupStore"_qs);
        QVERIFY(waitFor([&] { return store->property("count").toInt() >= 3; }));
        int paris = -1;
        for (int i = 0; i < m_app->staff()->stores().size(); ++i)
            if (m_app->staff()->stores()[i].toMap().value(u"id"_qs) == u"loc_paris"_qs)
                paris = i;
        QVERIFY(paris >= 0);
        store->setProperty("currentIndex", paris);

        // Staff may not enrol a till; a manager may.
        QVERIFY(m_driver->typeInto(u"setupEmailFieldInput"_qs, kStaff));
        QVERIFY(m_driver->typeInto(u"setupPasswordFieldInput"_qs, QString::fromLatin1(kDemoPassword)));
        QVERIFY(m_driver->tap(u"enrolButton"_qs));
        QVERIFY(waitFor([&] {
            return m_app->staff()->error() ==
                   u"Only a manager can set up a till. Ask a manager to sign in here."_qs;
        }));
        QVERIFY(!m_app->staff()->registerEnrolled());
        m_driver->find(u"setupEmailFieldInput"_qs)->setProperty("text", QString());
        QVERIFY(m_driver->typeInto(u"setupEmailFieldInput"_qs, u"manager@demo.comptoir.fr"_qs));
        QVERIFY(m_driver->tap(u"enrolButton"_qs));
        QVERIFY2(waitFor([&] { return m_app->staff()->registerEnrolled(); }),
                 qPrintable(m_app->staff()->error()));
        QCOMPARE(m_app->staff()->registerStoreId(), u"loc_paris"_qs);

        // The device token is kept owner-only, not in the settings; it is a register of Paris.
        QFile kept(m_profile.filePath(u"register-token"_qs));
        QVERIFY(kept.exists());
        QCOMPARE(kept.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QJsonObject tokens = QJsonDocument::fromJson(kept.readAll()).object();
        const std::string token = tokens.value(u"register@"_qs + m_server.url()).toString().toStdString();
        QVERIFY(!token.empty());
        const auto me = m_server.client().get("/api/v1/me", token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"role"_qs).toString(), u"register"_qs);
        QCOMPARE(me.json().value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        QFile settings(m_profile.filePath(u"comptoir.ini"_qs));
        QVERIFY(settings.open(QIODevice::ReadOnly) &&
                !settings.readAll().contains(QByteArray::fromStdString(token)));

        // The sign-in screen is now the PIN pad.
        QVERIFY(m_driver->waitForItem(u"pinEmailFieldInput"_qs));
        QVERIFY(m_driver->find(u"pinField"_qs)->isVisible());
    }

    void aWrongPinIsSaidInWordsAndFiveLockPinSignInOut()
    {
        // The staff chose a PIN with their password (PUT /me/pin, from another device).
        HttpClient client = m_server.client();
        QCOMPARE(setPin(client, m_server.login(kStaff), u"2468"_qs), 204);
        QVERIFY(m_driver->typeInto(u"pinEmailFieldInput"_qs, kStaff));
        QQuickItem* pin = m_driver->find(u"pinField"_qs);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            pin->setProperty("text", QString());
            QVERIFY(m_driver->typeInto(u"pinField"_qs, u"1357"_qs));
            m_driver->press(Qt::Key_Return);
            QVERIFY2(waitFor([&] {
                         return !m_app->staff()->busy() &&
                                m_app->staff()->error() == u"This PIN does not match. Try again."_qs;
                     }),
                     qPrintable(m_app->staff()->error()));
            QVERIFY(m_driver->find(u"signInError"_qs)->isVisible());
        }
        // The sixth try is refused even with the right PIN: locked, in words (the server's 423).
        pin->setProperty("text", QString());
        QVERIFY(m_driver->typeInto(u"pinField"_qs, u"2468"_qs));
        m_driver->press(Qt::Key_Return);
        QVERIFY2(waitFor([&] {
                     return m_app->staff()->error() ==
                            u"Too many wrong PINs: PIN sign-in is locked for you. Sign in with your password "
                            "to unlock it."_qs;
                 }),
                 qPrintable(m_app->staff()->error()));
        QVERIFY(!m_app->staff()->signedIn());
        QVERIFY(!m_driver->find(u"signInError"_qs)->property("text").toString().contains(u"423"_qs));
    }

    void theTillLocksWhenLeftAndTakesNoScanWhileLocked()
    {
        // First time on the till: the password (the PIN pad's other way in).
        QVERIFY(m_driver->tap(u"togglePassword"_qs));
        QVERIFY(m_driver->waitForItem(u"pinPasswordFieldInput"_qs));
        QVERIFY(m_driver->typeInto(u"pinPasswordFieldInput"_qs, QString::fromLatin1(kDemoPassword)));
        QVERIFY(m_driver->tap(u"passwordSignIn"_qs));
        QVERIFY2(waitFor([&] { return m_app->staff()->signedIn(); }), qPrintable(m_app->staff()->error()));
        QCOMPARE(m_app->staff()->recentStaff().first().toMap().value(u"email"_qs).toString(), kStaff);
        // Signing out left no receipt behind for the next person: a new sale.
        QCOMPARE(sale().state(), app::TillSale::Idle);
        QVERIFY(!sale().hasReceipt());
        QVERIFY(m_driver->waitForItem(u"tillSearch"_qs));

        QObject* watcher = m_window->findChild<QObject*>(u"lockWatcher"_qs);
        QVERIFY(watcher && watcher->property("enabled").toBool());
        watcher->setProperty("timeoutSeconds", 1);
        QVERIFY(waitFor([&] { return m_app->staff()->isLocked(); }, 10000));
        watcher->setProperty("timeoutSeconds", 300);
        QVERIFY(m_driver->waitForItem(u"lockScreen"_qs));
        QVERIFY(m_driver->find(u"lockSignOut"_qs)
                    ->property("text")
                    .toString()
                    .contains(m_app->staff()->userName()));

        // A scan while locked rings nothing up.
        const int before = cart().itemCount();
        scan(barcodeInStock(u"standard"_qs));
        QCOMPARE(cart().itemCount(), before);
        QVERIFY(m_app->staff()->isLocked());

        // The same person unlocks with their PIN (the password sign-in lifted its lock-out); the
        // tile is theirs.
        QQuickItem* tile = m_driver->find(u"staffTile0"_qs);
        QVERIFY(tile && tile->property("selected").toBool());
        QVERIFY(m_driver->tap(u"togglePassword"_qs));
        QVERIFY(m_driver->typeInto(u"pinPasswordFieldInput"_qs, QString::fromLatin1(kDemoPassword)));
        // The sign-in's own follow-up requests (the stores, the PIN) may still be on their way.
        QVERIFY(waitFor([&] { return !m_app->staff()->busy(); }));
        QVERIFY(m_driver->tap(u"passwordSignIn"_qs));
        QVERIFY2(waitFor([&] { return !m_app->staff()->isLocked(); }), qPrintable(m_app->staff()->error()));
        QVERIFY(m_app->staff()->signedIn());
        QVERIFY(m_driver->waitForItem(u"tillSearch"_qs));
    }

    void cashWaitsForAnOpenDrawerWhoseFloatMustBeAnAmount()
    {
        // The sign-ins since made the cache start again: once the catalog is back, the three items
        // are rung up again.
        QVERIFY(waitFor([&] { return m_app->session()->catalogReady(); }, 60000));
        cart().clear();
        QTRY_VERIFY(cart().isEmpty());
        for (const QString& code : {barcodeInStock(u"standard"_qs), barcodeInStock(u"reduced"_qs),
                                    barcodeInStock(u"standard"_qs, 1)})
            scan(code);
        QTRY_COMPARE(cart().itemCount(), 3);
        QVERIFY(waitFor([&] { return cart().isSellable(); }));
        QVERIFY(m_driver->tap(u"payButton"_qs));
        QVERIFY(m_driver->waitForItem(u"noDrawer"_qs));
        QVERIFY(m_driver->tap(u"takeCash"_qs));
        QTRY_COMPARE(sale().message(), u"Open the cash drawer before taking cash."_qs);
        QCOMPARE(sale().state(), app::TillSale::Idle);

        // The till offers the drawer; garbage as a float is refused in words, nothing opens.
        QVERIFY(m_driver->tap(u"openDrawerFromTill"_qs));
        QVERIFY(m_driver->waitForItem(u"floatFieldInput"_qs));
        app::CashDrawer& drawer = *m_app->drawer();
        QVERIFY(drawer.hasRegister());
        QVERIFY(!drawer.isOpen());
        for (const QString& garbage : {u"abc"_qs, u"-20"_qs, u"12,345"_qs, u"1e9"_qs}) {
            m_driver->find(u"floatFieldInput"_qs)->setProperty("text", QString());
            QVERIFY(m_driver->typeInto(u"floatFieldInput"_qs, garbage));
            QVERIFY(m_driver->tap(u"openDrawerButton"_qs));
            QVERIFY2(drawer.refused() && drawer.message().contains(u"is not an amount"_qs),
                     qPrintable(drawer.message()));
            QVERIFY(!drawer.busy());
        }
        QVERIFY(!drawer.isOpen());

        m_driver->find(u"floatFieldInput"_qs)->setProperty("text", QString());
        QVERIFY(m_driver->typeInto(u"floatFieldInput"_qs, u"150"_qs));
        QVERIFY(m_driver->tap(u"openDrawerButton"_qs));
        QVERIFY2(waitFor([&] { return drawer.isOpen() && !drawer.busy(); }), qPrintable(drawer.message()));
        QCOMPARE(sale().cashSessionId(), drawer.sessionId());
        // The server has it: open on this till, with the float typed.
        const auto session = m_server.client().get(
            "/api/v1/cash-sessions/" + drawer.sessionId().toStdString(), m_server.login(kStaff));
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json().value(u"status"_qs).toString(), u"open"_qs);
        QCOMPARE(session.json().value(u"opening_float"_qs).toObject().value(u"amount"_qs).toInteger(), 15000);
        QCOMPARE(session.json().value(u"register_id"_qs).toString(), m_app->staff()->registerId());

        m_driver->press(Qt::Key_F1);
        QVERIFY(m_driver->waitForItem(u"backToSale"_qs));
        QVERIFY(m_driver->tap(u"backToSale"_qs));
        QVERIFY(m_driver->waitForItem(u"payButton"_qs));
    }

    void aCashSaleGivesChangeAndAReceiptPdfWithTotalAndVat()
    {
        // The sale rung up before the sign-outs is gone: the same three items again.
        if (cart().isEmpty())
            for (const QString& code : {barcodeInStock(u"standard"_qs), barcodeInStock(u"reduced"_qs),
                                        barcodeInStock(u"standard"_qs, 1)})
                scan(code);
        QTRY_COMPARE(cart().itemCount(), 3);
        QVERIFY(m_driver->waitForItem(u"tillSearch"_qs));
        const qint64 total = cart().totals().total;
        const qint64 tax = cart().totals().tax;
        QVERIFY(total > 0 && total < 100000);
        payCash(u"1000"_qs);
        if (QTest::currentTestFailed())
            return;
        const app::Receipt& receipt = sale().receipt();
        QCOMPARE(receipt.total, total);
        QCOMPARE(receipt.change, 100000 - total);
        QVERIFY(cart().isEmpty());
        QVERIFY(receipt.vat.size() >= 2); // a standard and a reduced rate
        qint64 vatSum = 0;
        for (const app::ReceiptVat& v : receipt.vat)
            vatSum += v.tax;
        QCOMPARE(vatSum, tax);

        // The PDF: its text holds the total and a VAT line per rate.
        QVERIFY(QFile::exists(sale().receiptPdfPath()));
        const QString text = pdfText(sale().receiptPdfPath());
        QVERIFY2(text.contains(u"Total"_qs) && text.contains(euros(total)), qPrintable(text));
        QVERIFY2(text.contains(u"Change"_qs) && text.contains(euros(100000 - total)), qPrintable(text));
        QVERIFY2(text.contains(u"VAT"_qs), qPrintable(text));
        for (const app::ReceiptVat& v : receipt.vat) {
            const QString rate = v.rateBp == 2000 ? u"20%"_qs : u"5.5%"_qs;
            QVERIFY2(text.contains(QRegularExpression(QRegularExpression::escape(rate) + u"\\s+"_qs +
                                                      QRegularExpression::escape(euros(v.net)) + u"\\s+"_qs +
                                                      QRegularExpression::escape(euros(v.tax)))),
                     qPrintable(text));
        }

        // On the server: one order, paid in cash, handed over.
        QVERIFY(waitSettled());
        const QJsonObject order = serverOrder(receipt.orderId);
        QCOMPARE(order.value(u"channel"_qs).toString(), u"pos"_qs);
        QCOMPARE(order.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(order.value(u"paid_total"_qs).toObject().value(u"amount"_qs).toInteger(), total);
        m_cashTaken += total;
        // The receipt takes the server's number once it has it.
        QTRY_VERIFY(m_driver->find(u"receiptReference"_qs)->property("text").toString().contains(u"PAR-"_qs));

        // A duplicate: numbered and journaled by the server, "DUPLICATA n°N" on screen and paper.
        for (int n = 1; n <= 2; ++n) {
            QVERIFY(m_driver->tap(u"reprintReceipt"_qs));
            QTRY_COMPARE(sale().receiptDuplicate(), n);
            QVERIFY(m_driver->find(u"receiptDuplicate"_qs)->isVisible());
            QVERIFY2(pdfText(sale().receiptPdfPath()).contains(u"DUPLICATA n°%1"_qs.arg(n)),
                     qPrintable(pdfText(sale().receiptPdfPath())));
        }
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        QList<int> reprints;
        for (qint64 since = 0;;) {
            const auto page = m_server.client().get(
                "/api/v1/fiscal/journal?limit=100&since=" + std::to_string(since), manager);
            QVERIFY2(page.status == 200, page.body.c_str());
            if (page.items().isEmpty())
                break;
            for (const QJsonValue& e : page.items())
                if (e[u"type"_qs].toString() == u"reprint" && e[u"ref"_qs].toString() == receipt.orderId)
                    reprints.append(e[u"data"_qs][u"reprint_number"_qs].toInt());
            since = page.json().value(u"next"_qs).toInteger();
        }
        QCOMPARE(reprints, (QList<int>{1, 2}));
    }

    void theSameCashSaleWithTheServerStoppedArrivesOnce()
    {
        QVERIFY(m_driver->tap(u"newSale"_qs));
        QVERIFY(m_driver->waitForItem(u"tillSearch"_qs));
        scan(barcodeInStock(u"standard"_qs, 2));
        QTRY_COMPARE(cart().itemCount(), 1);
        const qint64 total = cart().totals().total;

        m_server.stop();
        m_app->session()->syncNow();
        QVERIFY(waitFor([&] { return m_app->session()->isOffline(); }));
        payCash(QString());
        if (QTest::currentTestFailed())
            return;
        const QString orderId = sale().receipt().orderId;
        QVERIFY(sale().receipt().offline);
        QVERIFY(QFile::exists(sale().receiptPdfPath()));
        QVERIFY(pdfText(sale().receiptPdfPath()).contains(euros(total)));
        QCOMPARE(m_app->session()->pendingCount(), 3); // the order, its payment, its hand-over

        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        QVERIFY(waitSettled(60000));
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        int copies = 0;
        for (const QJsonObject& o : allItems(m_server, "/api/v1/orders?store_id=loc_paris", manager))
            copies += o.value(u"id"_qs).toString() == orderId ? 1 : 0;
        QCOMPARE(copies, 1);
        const QJsonObject order = serverOrder(orderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(order.value(u"paid_total"_qs).toObject().value(u"amount"_qs).toInteger(), total);
        m_cashTaken += total;
    }

    void aTrainingSaleIsPrintedTrainingAndNeverLeavesTheTill()
    {
        QVERIFY(m_driver->tap(u"newSale"_qs));
        QVERIFY(m_driver->waitForItem(u"tillSearch"_qs));
        QVERIFY(waitSettled());
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        const auto orderCount = [&] {
            return allItems(m_server, "/api/v1/orders?store_id=loc_paris", manager).size();
        };
        const auto journalEntries = [&] {
            return m_server.client()
                .get("/api/v1/fiscal/verify", manager)
                .json()
                .value(u"entries"_qs)
                .toInteger(-1);
        };
        const auto ordersBefore = orderCount();
        const qint64 journalBefore = journalEntries();
        QVERIFY(journalBefore > 0); // the sales above are in it

        QVERIFY(m_driver->tap(u"trainingSwitch"_qs));
        QTRY_VERIFY(sale().training());
        QVERIFY(m_driver->find(u"trainingBanner"_qs)->isVisible());
        scan(barcodeInStock(u"standard"_qs));
        QTRY_COMPARE(cart().itemCount(), 1);
        const QString sku = cart().items().first().sku;
        const QJsonObject stockBefore =
            m_server.client()
                .get("/api/v1/inventory?sku=" + sku.toStdString() + "&location_id=loc_paris")
                .items()
                .first()
                .toObject();
        const qint64 total = cart().totals().total;
        payCash(QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(sale().receipt().training);
        QVERIFY(sale().receiptQr().isEmpty()); // no order a return could find
        QVERIFY(m_driver->find(u"receiptTraining"_qs)->isVisible());
        const QString text = pdfText(sale().receiptPdfPath());
        QVERIFY2(text.count(u"TRAINING"_qs) >= 2 && text.contains(u"NOT A SALE"_qs) &&
                     text.contains(euros(total)) && !text.contains(u"Keep this receipt"_qs),
                 qPrintable(text));
        QCOMPARE(m_app->session()->pendingCount(), 0); // nothing waits to be sent

        // The card too: no terminal is called, no order is placed.
        QVERIFY(m_driver->tap(u"newSale"_qs));
        scan(barcodeInStock(u"reduced"_qs));
        QTRY_COMPARE(cart().itemCount(), 1);
        sale().payCard();
        QCOMPARE(sale().state(), app::TillSale::Paid);
        QVERIFY(sale().receipt().training);
        QCOMPARE(m_app->session()->pendingCount(), 0);

        // Nothing reached the server: no order, no journal entry, no stock moved.
        m_app->session()->syncNow();
        QVERIFY(waitSettled());
        QCOMPARE(orderCount(), ordersBefore);
        QCOMPARE(journalEntries(), journalBefore);
        QCOMPARE(m_server.client()
                     .get("/api/v1/inventory?sku=" + sku.toStdString() + "&location_id=loc_paris")
                     .items()
                     .first()
                     .toObject(),
                 stockBefore);

        // Off again between sales (the training receipt still shows): the next sale is a real one.
        QVERIFY(m_driver->tap(u"trainingSwitch"_qs));
        QTRY_VERIFY(!sale().training());
        QVERIFY(!m_driver->find(u"trainingBanner"_qs)->isVisible());
    }

    void aDrawerUsedAndClosedGivesTheExpectedZReport()
    {
        // Rung up here: one more sale, by card on the terminal; then 20 € out to the safe.
        QVERIFY(m_driver->tap(u"newSale"_qs));
        scan(barcodeInStock(u"reduced"_qs, 1));
        QTRY_COMPARE(cart().itemCount(), 1);
        const qint64 cardTotal = cart().totals().total;
        QVERIFY(m_driver->tap(u"payButton"_qs));
        QVERIFY(m_driver->waitForItem(u"payCard"_qs));
        QVERIFY(m_driver->tap(u"payCard"_qs));
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        QVERIFY(waitSettled());

        app::CashDrawer& drawer = *m_app->drawer();
        m_driver->press(Qt::Key_F4);
        QVERIFY(m_driver->waitForItem(u"movementAmountInput"_qs));
        QVERIFY(m_driver->typeInto(u"movementAmountInput"_qs, u"20"_qs));
        QVERIFY(m_driver->typeInto(u"movementReasonInput"_qs, u"To the safe"_qs));
        QVERIFY(m_driver->tap(u"payOutButton"_qs));
        QVERIFY2(waitFor([&] { return !drawer.busy() && drawer.message().contains(u"taken out"_qs); }),
                 qPrintable(drawer.message()));
        QTRY_COMPARE(drawer.movements().size(), 1);

        // What the drawer must hold, from the sales this test made (not from the server's report).
        const qint64 cash = m_cashTaken;
        const qint64 card = cardTotal;
        const qint64 expected = 15000 + cash - 2000;
        const qint64 counted = expected - 150; // 1.50 € short

        // Garbage as the count is refused in words; the drawer stays open.
        QVERIFY(m_driver->typeInto(u"countedFieldInput"_qs, u"beaucoup"_qs));
        QVERIFY(m_driver->tap(u"closeDrawerButton"_qs));
        QVERIFY2(drawer.refused() && drawer.message().contains(u"is not an amount"_qs),
                 qPrintable(drawer.message()));
        QVERIFY(drawer.isOpen());

        m_driver->find(u"countedFieldInput"_qs)->setProperty("text", QString());
        QVERIFY(m_driver->typeInto(u"countedFieldInput"_qs,
                                   QString::number(counted / 100) + u","_qs +
                                       QString::number(counted % 100).rightJustified(2, u'0')));
        const QString sessionId = drawer.sessionId();
        QVERIFY(m_driver->tap(u"closeDrawerButton"_qs));
        QVERIFY2(waitFor([&] { return !drawer.isOpen() && !drawer.busy(); }), qPrintable(drawer.message()));
        const app::DrawerReport& z = drawer.lastReport();
        QVERIFY(z.final);
        QCOMPARE(z.sessionId, sessionId);
        QCOMPARE(z.expectedCash, expected);
        QCOMPARE(z.counted.value_or(-1), counted);
        QCOMPARE(z.difference.value_or(0), qint64(-150));
        QCOMPARE(z.orders, qint64(3));
        qint64 zCash = 0;
        qint64 zCard = 0;
        for (const app::DrawerReport::ByMethod& m : z.byMethod)
            (m.method == u"cash" ? zCash : zCard) += m.amount;
        QCOMPARE(zCash, cash);
        QCOMPARE(zCard, card);
        QVERIFY(!z.tax.isEmpty());
        // On screen, in words and amounts; and the Z report's PDF says the same.
        QVERIFY(m_driver->find(u"differenceLine"_qs)->isVisible());
        QVERIFY(QFile::exists(drawer.reportPdfPath()));
        const QString text = pdfText(drawer.reportPdfPath());
        QVERIFY2(text.contains(u"Z report"_qs) && text.contains(euros(expected)) &&
                     text.contains(euros(counted)) &&
                     text.contains(
                         QRegularExpression(u"Short by\\s+"_qs + QRegularExpression::escape(euros(150)))),
                 qPrintable(text));
        for (const app::DrawerReport::Tax& t : z.tax) // the VAT table fits the roll, to its last rate
            QVERIFY2(text.contains(euros(t.total)), qPrintable(text));
        // The till takes no more cash until a drawer is open again.
        QTRY_VERIFY(sale().cashSessionId().isEmpty());
    }

    void closingTwiceIsSaidInWords()
    {
        app::CashDrawer& drawer = *m_app->drawer();
        QVERIFY(m_driver->waitForItem(u"closeAgainButton"_qs));
        QVERIFY(m_driver->tap(u"closeAgainButton"_qs));
        QVERIFY(drawer.refused());
        QCOMPARE(drawer.message(), u"This drawer is already closed: its Z report is below."_qs);
        QVERIFY(m_driver->find(u"drawerNoticeText"_qs)->isVisible());
        // The server agrees: a second close is a conflict, and changes nothing.
        const std::string staff = m_server.login(kStaff);
        const auto again = m_server.client().post(
            "/api/v1/cash-sessions/" + drawer.lastReport().sessionId.toStdString() + "/close",
            {{u"counted"_qs, QJsonObject{{u"amount"_qs, 1}, {u"currency"_qs, u"EUR"_qs}}}}, staff,
            idempotencyKey("till-test-close-again"));
        QCOMPARE(again.status, 409);
        const auto session = m_server.client().get(
            "/api/v1/cash-sessions/" + drawer.lastReport().sessionId.toStdString(), staff);
        QCOMPARE(session.json().value(u"counted"_qs).toObject().value(u"amount"_qs).toInteger(),
                 *drawer.lastReport().counted);
    }
};

QTEST_MAIN(StaffTillTest)
#include "tst_stafftill.moc"
