// The staff console's stock pages, headless against a real server, driven by keys and taps: a
// delivery scanned as barcodes typed + Enter (three of one SKU, one of another, a code the
// catalog does not know) makes exactly two adjustments with reason receipt and the right deltas;
// a shelf counted shows its variance and applies it with reason count once confirmed; a
// write-off beyond what is on hand is refused in words and changes nothing; a write-off and a
// transfer move the stock; a level that falls low on the server raises a live alert.
#include "app/staff/lowstockwatch.h"
#include "app/staff/scantally.h"
#include "app/staff/stockdesk.h"
#include "kioskfixture.h"
#include "orderbodies.h"
#include "stafffixture.h"
#include "syncchecks.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kParis = u"loc_paris"_qs;

} // namespace

class StaffStockTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<StaffConsole> m_console;
    std::string m_staffParis;

    WindowDriver& driver() { return m_console->driver(); }

    qint64 onHand(const QString& sku, const QString& location = kParis)
    {
        HttpClient c = m_server.client();
        return stockLevel(c, sku, location).value(u"on_hand"_qs).toInteger();
    }

    // The movements of `sku` at Paris, newest first.
    QJsonArray movements(const QString& sku)
    {
        return m_server.client()
            .get("/api/v1/inventory/movements?limit=200&location_id=loc_paris&sku=" + urlEncode(sku),
                 m_staffParis)
            .items();
    }

    void scan(const QString& field, const QString& code)
    {
        QVERIFY(driver().typeInto(field, code));
        driver().press(Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        m_console = std::make_unique<StaffConsole>(m_server);
        QVERIFY(m_console->signIn(u"staff.paris@demo.comptoir.fr"_qs));
        driver().press(Qt::Key_F5);
        QVERIFY(driver().waitForItem(u"stockPage"_qs));
    }

    void cleanupTestCase() { m_console.reset(); }

    void aDeliveryScannedMakesOneReceiptAdjustmentPerSku()
    {
        const QString a = skuInStock(m_console->cache(), kParis, u"standard"_qs, 1, 0);
        const QString b = skuInStock(m_console->cache(), kParis, u"standard"_qs, 1, 1);
        const QString barcodeA = barcodeOf(m_console->cache(), a);
        const QString barcodeB = barcodeOf(m_console->cache(), b);
        QVERIFY(!barcodeA.isEmpty() && !barcodeB.isEmpty());
        const qint64 onHandA = onHand(a);
        const qint64 onHandB = onHand(b);
        const qsizetype movesA = movements(a).size();
        const qsizetype movesB = movements(b).size();

        QVERIFY(driver().tap(u"receiveTab"_qs));
        QVERIFY(driver().waitForItem(u"receiveViewScan"_qs));
        for (const QString& code : {barcodeA, barcodeA, barcodeB, barcodeA})
            scan(u"receiveViewScan"_qs, code);
        auto* tally = m_console->object<app::ScanTally>(u"receiveView"_qs);
        QVERIFY(tally);
        QCOMPARE(tally->count(), 2);
        QCOMPARE(tally->units(), 4);

        // A code the catalog does not know: said, and nothing added.
        scan(u"receiveViewScan"_qs, u"0000000000017"_qs);
        QVERIFY(waitFor(
            [&] { return m_console->text(u"receiveViewNoticeText"_qs).contains(u"not in the catalog"_qs); }));
        QCOMPARE(tally->units(), 4);

        QVERIFY(driver().tap(u"receiveViewApply"_qs));
        QVERIFY(waitFor([&] { return tally->unsent() == 0 && !tally->busy(); }));
        QVERIFY(m_console->text(u"receiveViewNoticeText"_qs).contains(u"Delivery received"_qs));
        QCOMPARE(onHand(a), onHandA + 3);
        QCOMPARE(onHand(b), onHandB + 1);
        // Exactly one adjustment per SKU, reason receipt, the scans summed.
        const QJsonArray afterA = movements(a);
        const QJsonArray afterB = movements(b);
        QCOMPARE(afterA.size(), movesA + 1);
        QCOMPARE(afterB.size(), movesB + 1);
        QCOMPARE(afterA.first().toObject().value(u"reason"_qs).toString(), u"receipt"_qs);
        QCOMPARE(afterA.first().toObject().value(u"on_hand_delta"_qs).toInteger(), 3);
        QCOMPARE(afterB.first().toObject().value(u"reason"_qs).toString(), u"receipt"_qs);
        QCOMPARE(afterB.first().toObject().value(u"on_hand_delta"_qs).toInteger(), 1);
        // Nothing left to send: applying again sends nothing.
        QVERIFY(!driver().find(u"receiveViewApply"_qs)->isEnabled());
        tally->apply();
        QVERIFY(waitFor([&] { return !tally->busy(); }));
        QCOMPARE(movements(a).size(), movesA + 1);
    }

    void aShelfCountShowsItsVarianceAndAppliesItOnConfirmation()
    {
        const QString c = skuInStock(m_console->cache(), kParis, u"standard"_qs, 4, 2);
        const qint64 before = onHand(c);
        QVERIFY(before >= 4);
        QVERIFY(driver().tap(u"countTab"_qs));
        QVERIFY(driver().waitForItem(u"countViewScan"_qs));
        scan(u"countViewScan"_qs, barcodeOf(m_console->cache(), c));
        scan(u"countViewScan"_qs, c); // the SKU typed works as well as its barcode
        QVERIFY(waitFor([&] { return m_console->text(u"variance-"_qs + c) == QString::number(2 - before); }));

        QVERIFY(driver().tap(u"countViewApply"_qs));
        QVERIFY(driver().waitForItem(u"countViewConfirm"_qs));
        QCOMPARE(onHand(c), before); // nothing before the confirmation
        QVERIFY(driver().tap(u"countViewConfirmApply"_qs));
        QVERIFY(waitFor([&] { return onHand(c) == 2; }));
        const QJsonObject move = movements(c).first().toObject();
        QCOMPARE(move.value(u"reason"_qs).toString(), u"count"_qs);
        QCOMPARE(move.value(u"on_hand_delta"_qs).toInteger(), 2 - before);
        // The feed brings the new level: the variance is now nil.
        QVERIFY(waitFor([&] { return m_console->text(u"variance-"_qs + c) == u"0"_qs; }));
    }

    void writeOffsAndTransfersMoveTheStockAndRefusalsAreSentences()
    {
        const QString c = skuInStock(m_console->cache(), kParis, u"standard"_qs, 4, 3);
        const qint64 before = onHand(c);
        QVERIFY(driver().tap(u"levelsTab"_qs));
        scan(u"stockSearch"_qs, c);
        QVERIFY2(waitFor([&] {
                     return m_console->text(u"stockItemFigures"_qs).contains(QString::number(before));
                 }),
                 qPrintable(m_console->text(u"stockItemFigures"_qs)));
        auto* desk = m_console->object<app::StockDesk>(u"stockLevels"_qs);
        QVERIFY(desk);

        // More than is on hand: the server refuses (409), the console says why, nothing moves.
        desk->writeOff(c, int(before) + 50, u"damage"_qs);
        QVERIFY(waitFor(
            [&] { return m_console->text(u"stockNoticeText"_qs).contains(u"count the shelf instead"_qs); }));
        const QString said = m_console->text(u"stockNoticeText"_qs);
        QVERIFY2(!said.contains(u"409"_qs) && !said.contains(u"HTTP"_qs), qPrintable(said));
        QCOMPARE(onHand(c), before);

        // One damaged, taken out with the button (quantity 1, damaged by default).
        QVERIFY(driver().tap(u"writeOff"_qs));
        QVERIFY(waitFor([&] { return onHand(c) == before - 1; }));
        QCOMPARE(movements(c).first().toObject().value(u"reason"_qs).toString(), u"damage"_qs);
        // The server made it before its answer reached the console: the desk takes one move at a time.
        QVERIFY(waitFor(
            [&] { return !desk->busy() && m_console->text(u"stockNoticeText"_qs).contains(u"damaged"_qs); }));

        // Two sent to Lyon.
        const qint64 lyonBefore = onHand(c, u"loc_lyon"_qs);
        desk->transfer(c, u"loc_lyon"_qs, 2);
        QVERIFY(waitFor([&] { return m_console->text(u"stockNoticeText"_qs).contains(u"sent to"_qs); }));
        QCOMPARE(onHand(c), before - 3);
        QCOMPARE(onHand(c, u"loc_lyon"_qs), lyonBefore + 2);
    }

    void aLevelFallingLowOnTheServerRaisesALiveAlert()
    {
        const QString d = skuInStock(m_console->cache(), kParis, u"standard"_qs, 10, 4);
        HttpClient c = m_server.client();
        const qint64 available = stockLevel(c, d, kParis).value(u"available"_qs).toInteger();
        auto* watch = m_console->object<app::LowStockWatch>(u"staffHome"_qs);
        QVERIFY(watch);
        const int before = watch->count();
        // Another device writes damaged goods off: two are left.
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, d},
                         {u"location_id"_qs, kParis},
                         {u"delta"_qs, 2 - available},
                         {u"reason"_qs, u"damage"_qs}},
                        m_staffParis, idempotencyKey("low-stock-" + d.toStdString()))
                     .status,
                 201);
        QVERIFY(waitFor([&] { return watch->count() == before + 1; }));
        QVERIFY(watch->alerts().first().contains(d));
        QVERIFY(m_console->text(u"lowStockAlertText"_qs).contains(d));
        QCOMPARE(driver().find(u"stockPageEntryBadge"_qs)->property("count").toInt(), watch->count());
    }
};

QTEST_MAIN(StaffStockTest)
#include "tst_staffstock.moc"
