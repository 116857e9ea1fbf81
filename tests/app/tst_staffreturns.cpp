// The staff console's returns page as a cashier uses it, headless against a real server, on a
// till of Paris with its drawer open: a cash sale found by its receipt's QR text comes back in
// part, restocked (the stock rises by exactly what came back), refunded in cash (the drawer's
// expected cash drops by the server's refund, which the screen and the slip's PDF show); a card
// sale found by its typed number comes back damaged (no stock moves); more than remains is
// refused in a sentence, on the screen and when another till took it back meanwhile; a Lyon
// order found by its QR code comes back at Paris; and what cannot come back (an unknown number,
// an unpaid order, cash with the drawer closed, the server down) says why in words.
#include "app/staff/cashdrawer.h"
#include "app/staff/returndesk.h"
#include "comptoir/money.h"
#include "demoaccounts.h"
#include "kioskfixture.h"
#include "orderbodies.h"
#include "paperchecks.h"
#include "stafffixture.h"
#include "syncchecks.h"

#include <QFile>
#include <QProcess>
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

QJsonObject line(const QString& sku, qint64 quantity)
{
    return {{u"sku"_qs, sku}, {u"quantity"_qs, quantity}};
}

} // namespace

class StaffReturnsTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<StaffConsole> m_console;
    std::string m_staffParis, m_manager;
    RegisteredCustomer m_web;
    QString m_skuA, m_skuB; // stocked at Paris
    QString m_cashSale;     // the first test's sale: A ×2 and B ×1, paid in cash
    int m_keys = 0;

    WindowDriver& driver() { return m_console->driver(); }
    app::ReturnDesk& desk() { return *m_console->app().returns(); }
    app::CashDrawer& drawer() { return *m_console->app().drawer(); }

    httplib::Headers nextKey() { return idempotencyKey("staffreturns-" + std::to_string(++m_keys)); }

    QJsonObject serverOrder(const QString& id)
    {
        return m_server.client().get("/api/v1/orders/" + id.toStdString(), m_manager).json();
    }
    QJsonArray serverReturns(const QString& id)
    {
        return m_server.client().get("/api/v1/orders/" + id.toStdString() + "/returns", m_manager).items();
    }
    qint64 onHand(const QString& sku, const QString& location)
    {
        auto c = m_server.client();
        return qint64(stockLevel(c, sku, location).value(u"on_hand"_qs).toDouble());
    }
    QString cardToken()
    {
        return m_server.client()
            .post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                              {u"exp_month"_qs, 12},
                                              {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                              {u"cvc"_qs, u"123"_qs}})
            .json()
            .value(u"token"_qs)
            .toString();
    }

    // A counter sale at Paris by its staff, paid in cash through this till's drawer or by card;
    // the order as the server has it, once this console's cache has it too (its number is found).
    QJsonObject paidSale(const QJsonArray& lines, bool cash)
    {
        HttpClient c = m_server.client();
        const Reply placed =
            c.post("/api/v1/orders", {{u"lines"_qs, lines}, {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}},
                   m_staffParis, nextKey());
        if (placed.status != 201)
            return {};
        const QString id = placed.json().value(u"id"_qs).toString();
        const qint64 total = amountOf(placed.json().value(u"totals"_qs).toObject().value(u"total"_qs));
        const QJsonObject payment = cash
                                        ? QJsonObject{{u"method"_qs, u"cash"_qs},
                                                      {u"tendered"_qs, eur(total)},
                                                      {u"cash_session_id"_qs, drawer().sessionId()}}
                                        : QJsonObject{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}};
        const Reply paid =
            c.post("/api/v1/orders/" + id.toStdString() + "/payments", payment, m_staffParis, nextKey());
        if (paid.status != 201 || paid.json().value(u"status"_qs).toString() != u"captured")
            return {};
        if (!waitFor([&] { return m_console->app().session()->orders()->order(id).has_value(); }))
            return {};
        return serverOrder(id);
    }

    // The till's drawer's expected cash, from its X report read on the console.
    qint64 expectedCash()
    {
        drawer().readReport();
        if (!waitFor([&] { return !drawer().busy(); }))
            return -1;
        return drawer().lastReport().expectedCash;
    }

    // A scanner reading a receipt's QR code, or a cashier typing a number, then Enter.
    bool scanInto(const QString& text)
    {
        if (!driver().typeInto(u"returnScanField"_qs, text))
            return false;
        driver().press(Qt::Key_Return);
        return true;
    }
    bool opened(const QString& orderId)
    {
        return waitFor([&] { return !desk().busy() && desk().found() && desk().orderId() == orderId; });
    }
    QVariantMap lineOf(const QString& sku)
    {
        for (const QVariant& v : desk().lines())
            if (v.toMap().value(u"sku"_qs) == sku)
                return v.toMap();
        return {};
    }
    bool noticeSays(const QString& part)
    {
        return waitFor([&] { return m_console->text(u"returnsNoticeText"_qs).contains(part); });
    }
    void expectSentence(const QString& said)
    {
        QVERIFY2(said.size() > 25 && said.endsWith(u'.'), qPrintable(said)); // a sentence
        for (const char* code : {"404", "409", "422", "403", "HTTP", "urn:", "cash_session_id"})
            QVERIFY2(!said.contains(QLatin1String(code)), qPrintable(said));
    }
    bool takeBackFinished()
    {
        if (!driver().tap(u"takeReturn"_qs))
            return false;
        return waitFor([&] { return !desk().busy(); });
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
                 "pdftotext is missing: installers/setup-deps.sh installs poppler-utils");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_staffParis = m_server.login(kStaff);
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_web = registerCustomer(m_server, u"ines@example.fr"_qs, u"Inès Moreau"_qs, u"a-long-secret"_qs);
        QVERIFY(!m_web.token.empty());
        m_console = std::make_unique<StaffConsole>(m_server);
        QVERIFY(m_console->signInAtTill(kStaff, u"loc_paris"_qs));
        QVERIFY(drawer().hasRegister());
        drawer().openDrawer(u"200"_qs);
        QVERIFY2(waitFor([&] { return drawer().isOpen() && !drawer().busy(); }),
                 qPrintable(drawer().message()));
        m_skuA = skuInStock(m_console->cache(), u"loc_paris"_qs, u"standard"_qs, 5);
        m_skuB = skuInStock(m_console->cache(), u"loc_paris"_qs, u"reduced"_qs, 5);
        QVERIFY(!m_skuA.isEmpty() && !m_skuB.isEmpty());
        // F3: the returns page, the scan field holding the focus.
        driver().press(Qt::Key_F3);
        QVERIFY(driver().waitForItem(u"returnScanField"_qs));
        QVERIFY(waitFor([&] { return driver().find(u"returnScanField"_qs)->hasActiveFocus(); }));
    }

    void cleanupTestCase() { m_console.reset(); }

    void aCashSaleFoundByItsQrCodeComesBackRestockedAndOutOfTheDrawer()
    {
        const QJsonObject sale = paidSale({line(m_skuA, 2), line(m_skuB, 1)}, true);
        QVERIFY(!sale.isEmpty());
        m_cashSale = sale.value(u"id"_qs).toString();
        const qint64 expectedBefore = expectedCash();
        QVERIFY(expectedBefore > 0);
        const qint64 stockBefore = onHand(m_skuA, u"loc_paris"_qs);

        // The receipt's QR code, as the till and the kiosk print it.
        QVERIFY(scanInto(u"comptoir:order:"_qs + m_cashSale));
        QVERIFY(opened(m_cashSale));
        QCOMPARE(m_console->text(u"saleNumber"_qs), u"Sale %1"_qs.arg(sale.value(u"number"_qs).toString()));
        QCOMPARE(lineOf(m_skuA).value(u"sold"_qs).toInt(), 2);
        QCOMPARE(lineOf(m_skuA).value(u"returnable"_qs).toInt(), 2);
        QVERIFY(driver().waitForItem(u"returnQty-"_qs + m_skuA + u"More"_qs));

        // One of A comes back, back on sale, the money in cash from this till's drawer.
        QVERIFY(driver().tap(u"returnQty-"_qs + m_skuA + u"More"_qs));
        QTRY_COMPARE(desk().chosenUnits(), 1);
        QVERIFY(driver().tap(u"restockYes"_qs));
        QVERIFY(driver().tap(u"refundCash"_qs));
        QCOMPARE(desk().refundMethod(), u"cash"_qs);
        // The focus went back to the scan field: the next receipt scanned lands there.
        QVERIFY(driver().find(u"returnScanField"_qs)->hasActiveFocus());
        QVERIFY(takeBackFinished());
        QVERIFY2(!desk().refused() && !desk().lastSlip().isEmpty(), qPrintable(desk().message()));

        // The refund is the server's, on the screen as on the server.
        const QJsonArray returns = serverReturns(m_cashSale);
        QCOMPARE(returns.size(), 1);
        const qint64 refund = amountOf(returns.first().toObject().value(u"refund_total"_qs));
        QVERIFY(refund > 0);
        QCOMPARE(desk().lastSlip().refundTotal, refund);
        QCOMPARE(m_console->text(u"refundTotalValue"_qs), euros(refund));
        QCOMPARE(amountOf(serverOrder(m_cashSale).value(u"refunded_total"_qs)), refund);
        QVERIFY(noticeSays(u"refunded"_qs));
        // The feed brings the return into the console's cache, kept by its order.
        const QString returnId = returns.first().toObject().value(u"id"_qs).toString();
        QVERIFY(waitFor([&] {
            auto st =
                m_console->cache().prepare("SELECT count(*) FROM returns WHERE id = ? AND order_id = ?");
            st.bind(1, returnId).bind(2, m_cashSale);
            return st.step() && st.int64(0) == 1;
        }));

        // Back on sale: exactly what came back.
        QCOMPARE(onHand(m_skuA, u"loc_paris"_qs), stockBefore + 1);
        // Out of the drawer: its expected cash drops by the refund.
        QCOMPARE(expectedCash(), expectedBefore - refund);
        // The sale as it is now: one of A returned, one left.
        QTRY_COMPARE(lineOf(m_skuA).value(u"returnable"_qs).toInt(), 1);
        QCOMPARE(lineOf(m_skuA).value(u"returned"_qs).toInt(), 1);
        QCOMPARE(desk().chosenUnits(), 0);

        // The slip: a PDF beside the others, its text holding the refund total.
        QVERIFY(QFile::exists(desk().slipPdfPath()));
        QVERIFY(driver().find(u"slipPath"_qs)->isVisible());
        const QString text = pdfText(desk().slipPdfPath());
        QVERIFY2(text.contains(u"Refund total"_qs) && text.contains(euros(refund)), qPrintable(text));
        // The sale's number (its digits: the PDF's text may lose the dash with the font at hand).
        QVERIFY2(text.contains(sale.value(u"number"_qs).toString().section(u'-', 1)), qPrintable(text));
        // On A4 too.
        QVERIFY(driver().tap(u"slipA4"_qs));
        QTRY_COMPARE(desk().paperFormat(), u"a4"_qs);
        QVERIFY(pdfText(desk().slipPdfPath()).contains(euros(refund)));
    }

    void aCardSaleFoundByItsNumberComesBackDamagedToTheCard()
    {
        const QJsonObject sale = paidSale({line(m_skuB, 2)}, false);
        QVERIFY(!sale.isEmpty());
        const QString id = sale.value(u"id"_qs).toString();
        const QString number = sale.value(u"number"_qs).toString();
        const qint64 stockBefore = onHand(m_skuB, u"loc_paris"_qs);
        const qint64 expectedBefore = expectedCash();

        // The digits of its number, as the customer reads them out.
        QVERIFY(scanInto(QString::number(number.section(u'-', 1).toInt())));
        QVERIFY(opened(id));
        QVERIFY(driver().waitForItem(u"returnQty-"_qs + m_skuB + u"More"_qs));
        QVERIFY(driver().tap(u"returnQty-"_qs + m_skuB + u"More"_qs));
        QTRY_COMPARE(desk().chosenUnits(), 1);
        QVERIFY(driver().tap(u"restockNo"_qs));
        QVERIFY(driver().tap(u"refundOriginal"_qs));
        QVERIFY(driver().tap(u"returnReason1"_qs));
        // Ctrl+Enter takes it back.
        driver().press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitFor([&] { return !desk().busy() && !desk().lastSlip().isEmpty(); }));
        QVERIFY2(!desk().refused(), qPrintable(desk().message()));

        const QJsonArray returns = serverReturns(id);
        QCOMPARE(returns.size(), 1);
        const QJsonObject taken = returns.first().toObject();
        const qint64 refund = amountOf(taken.value(u"refund_total"_qs));
        QCOMPARE(desk().lastSlip().refundTotal, refund);
        QCOMPARE(taken.value(u"restock"_qs).toBool(), false);
        QCOMPARE(taken.value(u"reason"_qs).toString(), u"Faulty"_qs);
        const QJsonArray refunds = taken.value(u"refunds"_qs).toArray();
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().toObject().value(u"method"_qs).toString(), u"card"_qs);
        QVERIFY(driver().find(u"refundBy-Card"_qs));
        // Damaged: nothing back on sale; by card: the drawer does not move.
        QCOMPARE(onHand(m_skuB, u"loc_paris"_qs), stockBefore);
        QCOMPARE(expectedCash(), expectedBefore);
    }

    void moreThanRemainsIsRefusedInASentence()
    {
        QVERIFY(scanInto(u"comptoir:order:"_qs + m_cashSale));
        QVERIFY(opened(m_cashSale));
        QTRY_COMPARE(lineOf(m_skuA).value(u"returnable"_qs).toInt(), 1);

        // On the screen: one remains, a second is refused in words.
        desk().setQuantity(m_skuA, 2);
        QVERIFY(desk().refused());
        QVERIFY(noticeSays(u"Only 1 of"_qs));
        expectSentence(desk().message());
        QCOMPARE(lineOf(m_skuA).value(u"chosen"_qs).toInt(), 1);

        // Another till takes that last one back meanwhile; this screen still offers it.
        const qint64 refundedBefore = amountOf(serverOrder(m_cashSale).value(u"refunded_total"_qs));
        const Reply elsewhere = m_server.client().post(
            "/api/v1/orders/" + m_cashSale.toStdString() + "/returns",
            {{u"lines"_qs, QJsonArray{line(m_skuA, 1)}},
             {u"restock"_qs, true},
             {u"refund"_qs,
              QJsonObject{{u"method"_qs, u"cash"_qs}, {u"cash_session_id"_qs, drawer().sessionId()}}}},
            m_staffParis, nextKey());
        QCOMPARE(elsewhere.status, 201);
        const qint64 refundedBetween = amountOf(serverOrder(m_cashSale).value(u"refunded_total"_qs));
        QVERIFY(refundedBetween > refundedBefore);
        QVERIFY(takeBackFinished());
        QVERIFY(desk().refused());
        QVERIFY(noticeSays(u"Less of this sale remains"_qs));
        expectSentence(desk().message());
        // Nothing more was refunded; the screen shows the sale as it is now.
        QCOMPARE(amountOf(serverOrder(m_cashSale).value(u"refunded_total"_qs)), refundedBetween);
        QCOMPARE(serverReturns(m_cashSale).size(), 2);
        QTRY_COMPARE(lineOf(m_skuA).value(u"returnable"_qs).toInt(), 0);
        desk().setQuantity(m_skuA, 1);
        QVERIFY(noticeSays(u"Nothing more of"_qs));
        expectSentence(desk().message());

        // Then all of it: nothing is left, said before asking.
        QVERIFY(driver().tap(u"returnQty-"_qs + m_skuB + u"More"_qs));
        QTRY_COMPARE(desk().chosenUnits(), 1);
        QVERIFY(driver().tap(u"refundCash"_qs));
        QVERIFY(takeBackFinished());
        QVERIFY2(!desk().refused(), qPrintable(desk().message()));
        QTRY_VERIFY(desk().notReturnable().contains(u"came back already"_qs));
        QVERIFY(scanInto(u"comptoir:order:"_qs + m_cashSale));
        QVERIFY(noticeSays(u"nothing is left to return"_qs));
        expectSentence(desk().message());
    }

    void aLyonOrderFoundByItsQrCodeComesBackAtParis()
    {
        const QString sku = skuInStock(m_console->cache(), u"loc_lyon"_qs, u"standard"_qs, 3);
        QVERIFY(!sku.isEmpty());
        const QJsonObject order = webPickupOrder(m_server, m_web.token, u"loc_lyon"_qs, {line(sku, 1)});
        QVERIFY(!order.isEmpty());
        const QString id = order.value(u"id"_qs).toString();
        const std::string lyon = m_server.login(u"staff.lyon@demo.comptoir.fr"_qs);
        for (const QString& status : {u"ready_for_pickup"_qs, u"completed"_qs})
            QCOMPARE(
                m_server.client()
                    .post("/api/v1/orders/" + id.toStdString() + "/status", {{u"status"_qs, status}}, lyon)
                    .status,
                200);
        const qint64 parisBefore = onHand(sku, u"loc_paris"_qs);
        const qint64 lyonBefore = onHand(sku, u"loc_lyon"_qs);

        // Not in this store's cache: its QR code finds it on the server all the same.
        QVERIFY(!m_console->app().session()->orders()->order(id).has_value());
        QVERIFY(scanInto(u"comptoir:order:"_qs + id));
        QVERIFY(opened(id));
        QVERIFY(desk().boughtAt().contains(u"Lyon"_qs));
        QVERIFY(driver().waitForItem(u"returnQty-"_qs + sku + u"More"_qs));
        QVERIFY(driver().tap(u"returnQty-"_qs + sku + u"More"_qs));
        QVERIFY(driver().tap(u"restockYes"_qs));
        QVERIFY(driver().tap(u"refundOriginal"_qs));
        QVERIFY(takeBackFinished());
        QVERIFY2(!desk().refused(), qPrintable(desk().message()));
        const QJsonArray returns = serverReturns(id);
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns.first().toObject().value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        QCOMPARE(desk().lastSlip().refundTotal,
                 amountOf(returns.first().toObject().value(u"refund_total"_qs)));
        QCOMPARE(amountOf(returns.first().toObject().value(u"refund_total"_qs)),
                 amountOf(order.value(u"paid_total"_qs)));
        // The goods stay where they came back: Paris.
        QCOMPARE(onHand(sku, u"loc_paris"_qs), parisBefore + 1);
        QCOMPARE(onHand(sku, u"loc_lyon"_qs), lyonBefore);
    }

    void whatCannotComeBackSaysWhyInWords()
    {
        // A number no sale of this store has.
        QVERIFY(scanInto(u"PAR-999999"_qs));
        QVERIFY(noticeSays(u"No sale of this store has the number PAR-999999"_qs));
        expectSentence(desk().message());

        // A receipt code nobody issued.
        QVERIFY(scanInto(u"comptoir:order:ord_nosuchorder"_qs));
        QVERIFY(noticeSays(u"No sale has this receipt code"_qs));
        expectSentence(desk().message());

        // An order never paid.
        const Reply unpaid = m_server.client().post(
            "/api/v1/orders",
            {{u"lines"_qs, QJsonArray{line(m_skuA, 1)}}, {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}},
            m_staffParis, nextKey());
        QCOMPARE(unpaid.status, 201);
        QVERIFY(scanInto(u"comptoir:order:"_qs + unpaid.json().value(u"id"_qs).toString()));
        QVERIFY(noticeSays(u"was never paid"_qs));
        expectSentence(desk().message());
        QVERIFY(takeBackFinished());
        QVERIFY(desk().message().contains(u"was never paid"_qs));

        // A cash sale, and the drawer closed: neither cash nor the original payment (cash) can go.
        const QJsonObject sale = paidSale({line(m_skuA, 1)}, true);
        QVERIFY(!sale.isEmpty());
        const QString id = sale.value(u"id"_qs).toString();
        drawer().close(u"0"_qs);
        QVERIFY2(waitFor([&] { return !drawer().isOpen() && !drawer().busy(); }),
                 qPrintable(drawer().message()));
        QVERIFY(scanInto(u"comptoir:order:"_qs + id));
        QVERIFY(opened(id));
        QTRY_VERIFY(!desk().cashAvailable());
        QVERIFY(driver().waitForItem(u"returnQty-"_qs + m_skuA + u"More"_qs));
        QVERIFY(driver().tap(u"returnQty-"_qs + m_skuA + u"More"_qs));
        QVERIFY(driver().tap(u"refundCash"_qs));
        QVERIFY(takeBackFinished());
        QVERIFY(noticeSays(u"Open this till's cash drawer first"_qs));
        expectSentence(desk().message());
        QVERIFY(driver().tap(u"refundOriginal"_qs));
        QVERIFY(takeBackFinished());
        QVERIFY(noticeSays(u"paid in cash"_qs));
        expectSentence(desk().message());
        QCOMPARE(serverReturns(id).size(), 0);

        // The server down: returns need it, said plainly.
        m_server.stop();
        QVERIFY(waitFor([&] { return m_console->app().session()->isOffline(); }, 60000));
        QVERIFY(scanInto(u"comptoir:order:"_qs + m_cashSale));
        QVERIFY(noticeSays(u"Returns need the server"_qs));
        expectSentence(desk().message());
    }
};

QTEST_MAIN(StaffReturnsTest)
#include "tst_staffreturns.moc"
