// Staff discounts at the till, end to end with the real window against a real server: a 10 % line
// discount paid in cash is charged by the server to the cent the till showed; a 30 % discount on
// the sale waits for a manager, a wrong PIN is refused in words and creates no order, the right
// one places it with its approver; a 10 % discount sale made with the server stopped arrives once
// after the restart, a 30 % one offline is refused in words; and no PIN is ever written to disk.

#include "app/cart/cart.h"
#include "app/checkout/cartorder.h"
#include "app/core/app.h"
#include "app/staff/cashdrawer.h"
#include "app/till/tillsale.h"
#include "orderbodies.h"
#include "paperchecks.h"
#include "stafffixture.h"
#include "syncchecks.h"
#include "testserver.h"
#include "tills.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kStaff = u"staff.paris@demo.comptoir.fr"_qs;
const QString kManager = u"manager@demo.comptoir.fr"_qs;
// Eight digits, so they cannot turn up by chance in a file the test searches.
const QString kManagerPin = u"73915864"_qs;
const QString kWrongPin = u"73915865"_qs;

// Half up to the cent, as API.md rounds a percentage.
qint64 percentOf(qint64 amount, int percent)
{
    return (amount * percent + 50) / 100;
}

qint64 moneyAmount(const QJsonValue& v)
{
    return v.toObject().value(u"amount"_qs).toInteger();
}

void expectSentence(const QString& said)
{
    QVERIFY2(said.size() > 40, qPrintable(said));
    for (const char* code : {"403", "422", "HTTP", "urn:", "approved_by"})
        QVERIFY2(!said.contains(QLatin1String(code)), qPrintable(said));
}

} // namespace

class TillDiscountsTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<StaffConsole> m_console;
    QString m_managerId;
    QString m_offlineOrderId;
    qint64 m_offlineTotal = 0;

    app::App& app() { return m_console->app(); }
    app::TillSale& sale() { return *app().till(); }
    app::Cart& cart() { return *app().cart(); }
    WindowDriver& driver() { return m_console->driver(); }

    // The barcode of a variant in stock in Paris, of this tax class.
    QString barcodeInStock(const QString& taxClass, int skip = 0)
    {
        return test::barcodeInStock(m_console->cache(), u"loc_paris"_qs, taxClass, 8, skip);
    }
    void scan(const QString& code) { scanInto(m_console->window(), code); }

    // A new sale with these items rung up.
    void ringUp(const QStringList& codes)
    {
        if (sale().state() == app::TillSale::Paid)
            QVERIFY(driver().tap(u"newSale"_qs));
        QVERIFY(driver().waitForItem(u"tillSearch"_qs));
        cart().clear();
        for (const QString& code : codes) {
            QVERIFY(!code.isEmpty());
            scan(code);
        }
        QTRY_COMPARE_WITH_TIMEOUT(cart().rowCount(), int(codes.size()), 10000);
        QVERIFY(waitFor([&] { return cart().isSellable(); }));
    }

    // The discount dialog, filled in and applied as a cashier does.
    void giveDiscount(const QString& opener, const QString& kind, const QString& typed,
                      const QString& reason = {})
    {
        QVERIFY(driver().tap(opener));
        QVERIFY(driver().waitForItem(u"discountValue"_qs));
        QVERIFY(driver().tap(kind == u"percent" ? u"discountPercent"_qs : u"discountAmount"_qs));
        QVERIFY(driver().typeInto(u"discountValue"_qs, typed));
        QTRY_COMPARE(driver().find(u"discountValue"_qs)->property("text").toString(), typed);
        if (!reason.isEmpty()) {
            QVERIFY(driver().typeInto(u"discountReason"_qs, reason));
            QTRY_COMPARE(driver().find(u"discountReason"_qs)->property("text").toString(), reason);
        }
        QVERIFY(driver().tap(u"applyDiscount"_qs));
        // Applied, the dialog closes (its items leave the window); refused, it says why.
        QVERIFY2(waitFor([&] {
                     QQuickItem* dialog = driver().find(u"discountDialog"_qs);
                     return !dialog || !dialog->isVisible();
                 }),
                 qPrintable(m_console->text(u"discountRefusal"_qs)));
    }

    // Pay, the exact amount in cash.
    void takeCash()
    {
        QVERIFY(driver().tap(u"payButton"_qs));
        QVERIFY(driver().waitForItem(u"takeCash"_qs));
        QVERIFY(driver().tap(u"takeCash"_qs));
    }

    void typePin(const QString& pin)
    {
        QVERIFY(driver().waitForItem(u"approverPinInput"_qs));
        QVERIFY(driver().typeInto(u"approverPinInput"_qs, pin));
        QTRY_COMPARE(driver().find(u"approverPinInput"_qs)->property("text").toString(), pin);
        QVERIFY(driver().tap(u"approveButton"_qs));
    }

    QJsonObject serverOrder(const QString& id) { return orderSeenByManager(m_server, id); }
    qsizetype ordersAtParis() { return ordersOfStore(m_server, u"loc_paris"_qs); }
    bool waitSettled(int timeoutMs = 30000) { return m_console->waitSettled(timeoutMs); }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
                 "pdftotext is missing: installers/setup-deps.sh installs poppler-utils");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        HttpClient client = m_server.client();
        const std::string manager = m_server.login(kManager);
        QCOMPARE(setPin(client, manager, kManagerPin), 204);
        m_managerId = client.get("/api/v1/me", manager).json().value(u"id"_qs).toString();

        // A till of Paris (its drawer takes the cash), staff signed in, the drawer open.
        m_console = std::make_unique<StaffConsole>(m_server);
        app().staff()->enrolRegister(kManager, QString::fromLatin1(kDemoPassword), u"loc_paris"_qs,
                                     u"Caisse remises"_qs);
        QVERIFY2(waitFor([&] { return app().staff()->registerEnrolled(); }),
                 qPrintable(app().staff()->error()));
        QVERIFY(m_console->signIn(kStaff));
        QVERIFY(driver().waitForItem(u"tillSearch"_qs));
        app::CashDrawer& drawer = *app().drawer();
        QVERIFY(waitFor([&] { return drawer.hasRegister() && !drawer.busy(); }));
        drawer.openDrawer(u"100"_qs);
        QVERIFY2(waitFor([&] { return drawer.isOpen() && !sale().cashSessionId().isEmpty(); }),
                 qPrintable(drawer.message()));
    }

    void cleanupTestCase() { m_console.reset(); }

    void theTillsFiguresAreTheServersQuoteToTheCent()
    {
        // Two rates, odd amounts: a percentage and an amount per unit on lines, an amount on the
        // sale, so the sale's discount is spread over lines of both rates.
        ringUp({barcodeInStock(u"standard"_qs, 3), barcodeInStock(u"reduced"_qs, 2),
                barcodeInStock(u"standard"_qs, 4)});
        cart().setQuantity(cart().items()[0].sku, 3);
        cart().setQuantity(cart().items()[1].sku, 7);
        QTRY_COMPARE(cart().itemCount(), 11);
        QCOMPARE(cart().setLineDiscount(cart().items()[0].sku, u"percent"_qs, u"15"_qs), QString());
        QCOMPARE(cart().setLineDiscount(cart().items()[1].sku, u"amount"_qs, u"0,37"_qs), QString());
        QCOMPARE(cart().setSaleDiscount(u"amount"_qs, u"1,01"_qs, u"Rounding check"_qs), QString());

        const app::CartOrder order = app::cartOrder(
            cart(),
            {orders::Channel::Pos, orders::Fulfillment::CarryOut, u"loc_paris"_qs, false, u"EUR"_qs, {}});
        const auto quote = m_server.client().post("/api/v1/quotes", order.body, m_server.login(kStaff));
        QCOMPARE(quote.status, 200);
        const QJsonObject totals = quote.json().value(u"totals"_qs).toObject();
        const PricedTotals& mine = cart().totals();
        QCOMPARE(mine.subtotal, moneyAmount(totals.value(u"subtotal"_qs)));
        QCOMPARE(mine.discount, moneyAmount(totals.value(u"discount"_qs)));
        QCOMPARE(mine.tax, moneyAmount(totals.value(u"tax"_qs)));
        QCOMPARE(mine.total, moneyAmount(totals.value(u"total"_qs)));
        const QJsonArray lines = quote.json().value(u"lines"_qs).toArray();
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject l = lines[i].toObject();
            QCOMPARE(cart().figures().lineDiscounts[i], moneyAmount(l.value(u"line_discount"_qs)));
            QCOMPARE(mine.lineDiscounts[i], moneyAmount(l.value(u"discount"_qs)));
            QCOMPARE(mine.lineTaxes[i], moneyAmount(l.value(u"tax"_qs)));
        }
        QVERIFY(!quote.json().value(u"needs_approval"_qs).toBool());
        QVERIFY(!cart().needsApproval());
        cart().clear();
        QVERIFY(!cart().hasStaffDiscount());
    }

    void aTenPercentLineDiscountPaidInCashIsChargedToTheCent()
    {
        ringUp({barcodeInStock(u"standard"_qs), barcodeInStock(u"reduced"_qs)});
        const QString discounted = cart().items()[0].sku;
        cart().setQuantity(discounted, 3);
        QTRY_COMPARE(cart().itemCount(), 4);
        const qint64 unit = cart().items()[0].unitPrice;
        const qint64 other = cart().items()[1].unitPrice;

        giveDiscount(u"lineDiscount0"_qs, u"percent"_qs, u"10"_qs);
        // Computed here, not by the till: 10 % of the line, half up to the cent.
        const qint64 lineDiscount = percentOf(3 * unit, 10);
        const qint64 expected = 3 * unit - lineDiscount + other;
        QCOMPARE(cart().totals().total, expected);
        QVERIFY(!cart().needsApproval());
        QTRY_VERIFY(m_console->text(u"lineDiscountText0"_qs).startsWith(u"10% off"_qs));

        takeCash();
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        const app::Receipt receipt = sale().receipt();
        QCOMPARE(receipt.total, expected);
        QCOMPARE(receipt.lines[0].discountAmount, lineDiscount);
        qint64 vat = 0;
        for (const app::ReceiptVat& v : receipt.vat)
            vat += v.gross;
        QCOMPARE(vat, expected); // the VAT table adds up to what was paid
        QVERIFY(!sale().receiptLines()[0].toMap().value(u"discountText"_qs).toString().isEmpty());
        const QString text = pdfText(sale().receiptPdfPath());
        QVERIFY2(text.contains(QRegularExpression(
                     u"10% off\\s+.?"_qs + QRegularExpression::escape(
                                               Money{lineDiscount, u"EUR"_qs}.format(MoneyLocale::English)))),
                 qPrintable(text));

        // The server charged exactly that, with the line's discount on its line.
        QVERIFY(waitSettled());
        const QJsonObject order = serverOrder(receipt.orderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(moneyAmount(order.value(u"totals"_qs).toObject().value(u"total"_qs)), expected);
        QCOMPARE(moneyAmount(order.value(u"paid_total"_qs)), expected);
        const QJsonArray lines = order.value(u"lines"_qs).toArray();
        for (const QJsonValue& l : lines)
            if (l.toObject().value(u"sku"_qs).toString() == discounted)
                QCOMPARE(moneyAmount(l.toObject().value(u"discount"_qs)), lineDiscount);
        QVERIFY(order.value(u"approved_by"_qs).isNull());
    }

    void aThirtyPercentSaleDiscountWaitsForAManagersPin()
    {
        ringUp({barcodeInStock(u"standard"_qs, 1)});
        cart().setQuantity(cart().items()[0].sku, 2);
        QTRY_COMPARE(cart().itemCount(), 2);
        const qint64 subtotal = 2 * cart().items()[0].unitPrice;
        giveDiscount(u"saleDiscountButton"_qs, u"percent"_qs, u"30"_qs, u"Loyal customer"_qs);
        const qint64 expected = subtotal - percentOf(subtotal, 30);
        QCOMPARE(cart().totals().total, expected);
        QVERIFY(cart().needsApproval());
        QVERIFY(driver().waitForItem(u"approvalNotice"_qs));
        QVERIFY(driver().find(u"saleDiscountRow"_qs)->isVisible());

        // Paying asks for a manager first.
        const qsizetype before = ordersAtParis();
        takeCash();
        QVERIFY(waitFor([&] { return sale().state() == app::TillSale::NeedsApproval; }));
        QVERIFY(driver().waitForItem(u"approverEmailInput"_qs));
        QCOMPARE(driver().find(u"approverPinInput"_qs)->property("echoMode").toInt(),
                 2); // TextInput.Password
        QVERIFY(driver().typeInto(u"approverEmailInput"_qs, kManager));

        // A wrong PIN: refused in a sentence, nothing created, the sale as it was.
        typePin(kWrongPin);
        QVERIFY2(waitFor([&] {
                     return sale().state() == app::TillSale::NeedsApproval && !sale().message().isEmpty();
                 }),
                 qPrintable(sale().message()));
        expectSentence(sale().message());
        QVERIFY(sale().message().contains(u"refused"_qs));
        QVERIFY(driver().waitForItem(u"approvalMessage"_qs));
        QCOMPARE(driver().find(u"approverPinInput"_qs)->property("text").toString(), QString());
        QCOMPARE(ordersAtParis(), before);
        QCOMPARE(cart().totals().total, expected);
        QVERIFY(cart().hasSaleDiscount());

        // The manager's own PIN: the order is placed with its approver, paid, handed over.
        typePin(kManagerPin);
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        const app::Receipt receipt = sale().receipt();
        QCOMPARE(receipt.total, expected);
        QVERIFY(driver().waitForItem(u"receiptSaleDiscount"_qs));
        QVERIFY(m_console->text(u"receiptSaleDiscount"_qs).contains(u"Loyal customer"_qs));
        // pdftotext reads the receipt's font without its minus signs and brackets: the words and
        // the amount.
        const QString text = pdfText(sale().receiptPdfPath());
        QVERIFY2(text.contains(u"Sale discount 30%"_qs) && text.contains(u"Loyal customer"_qs) &&
                     text.contains(Money{subtotal - expected, u"EUR"_qs}.format(MoneyLocale::English)),
                 qPrintable(text));
        QVERIFY(waitSettled());
        const QJsonObject order = serverOrder(receipt.orderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(order.value(u"approved_by"_qs).toString(), m_managerId);
        const QJsonObject discount = order.value(u"discount"_qs).toObject();
        QCOMPARE(discount.value(u"percent"_qs).toInt(), 30);
        QCOMPARE(discount.value(u"reason"_qs).toString(), u"Loyal customer"_qs);
        QCOMPARE(moneyAmount(order.value(u"totals"_qs).toObject().value(u"total"_qs)), expected);
        QCOMPARE(moneyAmount(order.value(u"paid_total"_qs)), expected);
        QCOMPARE(ordersAtParis(), before + 1);
    }

    void aTenPercentDiscountSaleMadeOfflineArrivesOnce()
    {
        ringUp({barcodeInStock(u"reduced"_qs, 1)});
        const qint64 subtotal = cart().items()[0].unitPrice;
        giveDiscount(u"saleDiscountButton"_qs, u"percent"_qs, u"10"_qs, u"Staff purchase"_qs);
        m_offlineTotal = subtotal - percentOf(subtotal, 10);
        QCOMPARE(cart().totals().total, m_offlineTotal);

        m_server.stop();
        app().session()->syncNow();
        QVERIFY(waitFor([&] { return app().session()->isOffline(); }));
        takeCash();
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        QVERIFY(sale().receipt().offline);
        QCOMPARE(sale().receipt().total, m_offlineTotal);
        m_offlineOrderId = sale().receipt().orderId;
        QCOMPARE(app().session()->pendingCount(), 3); // the order, its payment, its hand-over
    }

    void aThirtyPercentDiscountOfflineIsRefusedInWords()
    {
        ringUp({barcodeInStock(u"standard"_qs, 2)});
        giveDiscount(u"saleDiscountButton"_qs, u"percent"_qs, u"30"_qs, u"Loyal customer"_qs);
        takeCash();
        QVERIFY(waitFor([&] { return sale().state() == app::TillSale::NeedsNetwork; }));
        expectSentence(sale().message());
        QVERIFY2(sale().message().contains(u"manager"_qs) &&
                     sale().message().contains(u"Remove the discount"_qs),
                 qPrintable(sale().message()));
        QVERIFY(driver().waitForItem(u"paymentMessage"_qs));
        QCOMPARE(app().session()->pendingCount(), 3); // nothing queued for it

        // The cashier removes the discount: the same sale, at full price, may go offline.
        const qint64 full = cart().items()[0].unitPrice;
        QVERIFY(driver().tap(u"removeDiscounts"_qs));
        QVERIFY(waitFor([&] { return !cart().hasStaffDiscount() && sale().state() == app::TillSale::Idle; }));
        QCOMPARE(cart().totals().total, full);
        QVERIFY(driver().tap(u"backToSale"_qs));
        cart().clear();
    }

    void theOfflineSaleArrivesOnceAfterTheRestart()
    {
        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        QVERIFY(waitSettled(60000));
        int copies = 0;
        for (const QJsonObject& o :
             allItems(m_server, "/api/v1/orders?store_id=loc_paris", m_server.login(kManager)))
            copies += o.value(u"id"_qs).toString() == m_offlineOrderId ? 1 : 0;
        QCOMPARE(copies, 1);
        const QJsonObject order = serverOrder(m_offlineOrderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"completed"_qs);
        QVERIFY(order.value(u"offline"_qs).toBool());
        QCOMPARE(order.value(u"discount"_qs).toObject().value(u"percent"_qs).toInt(), 10);
        QCOMPARE(moneyAmount(order.value(u"totals"_qs).toObject().value(u"total"_qs)), m_offlineTotal);
        QCOMPARE(moneyAmount(order.value(u"paid_total"_qs)), m_offlineTotal);
    }

    void noPinIsEverWrittenToDisk()
    {
        // Every file of the console's profile: settings, cache, outbox and their journals.
        int files = 0;
        QDirIterator it(m_console->profileDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString& pin : {kManagerPin, kWrongPin}) {
                QVERIFY2(!bytes.contains(pin.toUtf8()), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains(pin.toUtf8().toBase64()), qPrintable(file.fileName()));
            }
            QVERIFY2(!bytes.contains("\"pin\""), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 2);
    }
};

QTEST_MAIN(TillDiscountsTest)
#include "tst_tilldiscounts.moc"
