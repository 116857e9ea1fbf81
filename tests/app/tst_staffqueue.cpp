// The staff console's order queue, headless against a real server, driven by taps and keys: a
// click & collect order placed and paid by a web customer (another process's requests) appears
// in the queue by itself, rings, is marked ready and handed over by its receipt's QR text; what
// cannot be done (collected already, another store's receipt, a stale state the server refuses,
// an unknown number) is said in a sentence; a pickup past its window is flagged and cancelled
// with a reason, and refunded.
#include "app/staff/orderdesk.h"
#include "app/staff/orderqueuemodel.h"
#include "demoaccounts.h"
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

class StaffQueueTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<StaffConsole> m_console;
    RegisteredCustomer m_web;
    std::string m_staffParis;

    WindowDriver& driver() { return m_console->driver(); }
    app::OrderQueueModel* queue() { return m_console->object<app::OrderQueueModel>(u"staffHome"_qs); }
    app::OrderDesk* desk() { return m_console->object<app::OrderDesk>(u"queuePage"_qs); }

    QString serverStatus(const QString& orderId)
    {
        return m_server.client()
            .get("/api/v1/orders/" + orderId.toStdString(), m_staffParis)
            .json()
            .value(u"status"_qs)
            .toString();
    }

    QJsonObject orderAtParis(int quantity = 1, int skip = 0)
    {
        const QString sku = skuInStock(m_console->cache(), u"loc_paris"_qs, u"standard"_qs, 5, skip);
        return webPickupOrder(m_server, m_web.token, u"loc_paris"_qs,
                              {QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, quantity}}});
    }

    // The sentence the queue's notice shows once it says something containing `part`.
    bool noticeSays(const QString& part)
    {
        return waitFor([&] { return m_console->text(u"queueNoticeText"_qs).contains(part); });
    }

    void expectSentence(const QString& said)
    {
        QVERIFY2(said.size() > 25, qPrintable(said)); // a sentence
        for (const char* code : {"404", "409", "403", "HTTP", "urn:"})
            QVERIFY2(!said.contains(QLatin1String(code)), qPrintable(said));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_web = registerCustomer(m_server, u"lea@example.fr"_qs, u"Léa Bernard"_qs, u"a-long-secret"_qs);
        QVERIFY(!m_web.token.empty());
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        m_console = std::make_unique<StaffConsole>(m_server);
        QVERIFY(m_console->signIn(u"staff.paris@demo.comptoir.fr"_qs));
        // The console opens on the till; F2 is the order queue.
        driver().press(Qt::Key_F2);
        QVERIFY(driver().waitForItem(u"queuePage"_qs));
        QVERIFY(queue() && desk());
    }

    void cleanupTestCase() { m_console.reset(); }

    void aWebOrderAppearsByItselfIsMarkedReadyAndHandedOverByItsQrCode()
    {
        const int ringsBefore = m_console->app().chime()->rings();
        const QJsonObject order = orderAtParis(2);
        QVERIFY(!order.isEmpty());
        const QString id = order.value(u"id"_qs).toString();
        const QString number = order.value(u"number"_qs).toString();
        QVERIFY(number.startsWith(u"PAR-"_qs));

        // No refresh: the change feed brings it, the console rings and the rail counts it.
        QVERIFY(waitFor([&] {
            QQuickItem* row = driver().find(u"order-"_qs + number);
            return row && row->isVisible();
        }));
        QVERIFY(waitFor([&] { return m_console->app().chime()->rings() == ringsBefore + 1; }));
        QCOMPARE(driver().find(u"queuePageEntryBadge"_qs)->property("count").toInt(),
                 queue()->toPrepareCount());
        QVERIFY(queue()->toPrepareCount() >= 1);

        // Its pick list: the line, with its bin, the quantity ordered.
        QVERIFY(driver().tap(u"order-"_qs + number));
        QVERIFY(waitFor([&] { return m_console->text(u"pickListNumber"_qs) == number; }));
        const QVariantList pick = queue()->pickList(id);
        QCOMPARE(pick.size(), 1);
        QCOMPARE(pick.first().toMap().value(u"quantity"_qs).toInt(), 2);
        QVERIFY(!pick.first().toMap().value(u"bin"_qs).toString().isEmpty());
        QCOMPARE(driver().find(u"pickLines"_qs)->property("count").toInt(), 1);

        QVERIFY(driver().tap(u"markReady"_qs));
        QVERIFY(waitFor([&] { return serverStatus(id) == u"ready_for_pickup"; }));
        // The new state comes back through the feed: the order leaves "to prepare".
        QVERIFY(waitFor([&] { return queue()->stateOf(id) == app::OrderQueueModel::Ready; }));
        QVERIFY(noticeSays(number));

        // The customer shows the receipt: its QR code holds the order id (the kiosk's and the till's).
        QVERIFY(driver().typeInto(u"handOverField"_qs, u"comptoir:order:"_qs + id));
        driver().press(Qt::Key_Return);
        QVERIFY(waitFor([&] { return serverStatus(id) == u"completed"; }));
        QVERIFY(noticeSays(u"handed over"_qs));
        QVERIFY(waitFor([&] { return queue()->stateOf(id) == app::OrderQueueModel::Collected; }));
    }

    void whatCannotBeDoneIsSaidInASentence()
    {
        // Collected already (the first test's order): the console knows, and says so without asking.
        QVERIFY(driver().tap(u"collectedTab"_qs));
        QVERIFY(waitFor([&] { return queue()->count() > 0; }));
        const QString doneId = queue()->data(queue()->index(0), app::OrderQueueModel::IdRole).toString();
        QVERIFY(driver().typeInto(u"handOverField"_qs, u"comptoir:order:"_qs + doneId));
        driver().press(Qt::Key_Return);
        QVERIFY(noticeSays(u"already collected"_qs));
        expectSentence(m_console->text(u"queueNoticeText"_qs));

        // A stale screen: the server refuses to make a collected order ready (409), in words.
        desk()->markReady(doneId);
        QVERIFY(noticeSays(u"no longer waiting to be prepared"_qs));
        expectSentence(m_console->text(u"queueNoticeText"_qs));
        QCOMPARE(serverStatus(doneId), u"completed"_qs);

        // Another store's receipt: the server does not let Paris touch a Lyon order.
        const QString lyonSku = skuInStock(m_console->cache(), u"loc_lyon"_qs, u"standard"_qs, 3);
        const QJsonObject lyon = webPickupOrder(m_server, m_web.token, u"loc_lyon"_qs,
                                                {QJsonObject{{u"sku"_qs, lyonSku}, {u"quantity"_qs, 1}}});
        QVERIFY(!lyon.isEmpty());
        const std::string lyonStaff = m_server.login(u"staff.lyon@demo.comptoir.fr"_qs);
        QCOMPARE(m_server.client()
                     .post("/api/v1/orders/" + lyon.value(u"id"_qs).toString().toStdString() + "/status",
                           {{u"status"_qs, u"ready_for_pickup"_qs}}, lyonStaff)
                     .status,
                 200);
        QVERIFY(
            driver().typeInto(u"handOverField"_qs, u"comptoir:order:"_qs + lyon.value(u"id"_qs).toString()));
        driver().press(Qt::Key_Return);
        QVERIFY(noticeSays(u"not one of this store's orders"_qs));
        expectSentence(m_console->text(u"queueNoticeText"_qs));
        QCOMPARE(m_server.client()
                     .get("/api/v1/orders/" + lyon.value(u"id"_qs).toString().toStdString(), lyonStaff)
                     .json()
                     .value(u"status"_qs)
                     .toString(),
                 u"ready_for_pickup"_qs);

        // A number nobody has.
        QVERIFY(driver().typeInto(u"handOverField"_qs, u"PAR-999999"_qs));
        driver().press(Qt::Key_Return);
        QVERIFY(noticeSays(u"No order of this store has the number PAR-999999"_qs));
    }

    void aReadyOrderIsHandedOverByItsTypedNumber()
    {
        const QJsonObject order = orderAtParis(1, 1);
        QVERIFY(!order.isEmpty());
        const QString id = order.value(u"id"_qs).toString();
        const QString number = order.value(u"number"_qs).toString();
        // Another till prepared it.
        QCOMPARE(m_server.client()
                     .post("/api/v1/orders/" + id.toStdString() + "/status",
                           {{u"status"_qs, u"ready_for_pickup"_qs}}, m_staffParis)
                     .status,
                 200);
        QVERIFY(waitFor([&] { return queue()->stateOf(id) == app::OrderQueueModel::Ready; }));
        // The digits alone, as a customer reads them out.
        const QString digits = QString::number(number.section(u'-', 1).toInt());
        QVERIFY(driver().typeInto(u"handOverField"_qs, digits));
        driver().press(Qt::Key_Return);
        QVERIFY(waitFor([&] { return serverStatus(id) == u"completed"; }));
        QVERIFY(noticeSays(number));
    }

    void aPickupPastItsWindowIsFlaggedThenCancelledWithAReasonAndRefunded()
    {
        const QJsonObject order = orderAtParis(1, 2);
        QVERIFY(!order.isEmpty());
        const QString id = order.value(u"id"_qs).toString();
        const QString number = order.value(u"number"_qs).toString();
        QCOMPARE(m_server.client()
                     .post("/api/v1/orders/" + id.toStdString() + "/status",
                           {{u"status"_qs, u"ready_for_pickup"_qs}}, m_staffParis)
                     .status,
                 200);
        QVERIFY(driver().tap(u"readyTab"_qs));
        QVERIFY(waitFor([&] {
            QQuickItem* row = driver().find(u"order-"_qs + number);
            return row && row->isVisible();
        }));
        QQuickItem* row = driver().find(u"order-"_qs + number);
        QQuickItem* flag = row->findChild<QQuickItem*>(u"overdueFlag"_qs);
        QVERIFY(flag);
        QVERIFY(!flag->isVisible());      // within the window
        queue()->setPickupWindowHours(0); // the window is over
        QVERIFY(waitFor([&] { return flag->isVisible(); }));

        QVERIFY(driver().tap(row));
        QVERIFY(waitFor([&] { return m_console->text(u"pickListNumber"_qs) == number; }));
        QVERIFY(driver().tap(u"cancelOrder"_qs));
        QVERIFY(driver().waitForItem(u"cancelPanel"_qs));
        QVERIFY(!driver().find(u"confirmCancel"_qs)->isEnabled()); // no reason yet
        QVERIFY(driver().tap(u"cancelReason2"_qs));
        QVERIFY(driver().tap(u"confirmCancel"_qs));
        QVERIFY(waitFor([&] { return serverStatus(id) == u"cancelled"; }));
        const QJsonObject cancelled =
            m_server.client().get("/api/v1/orders/" + id.toStdString(), m_staffParis).json();
        QCOMPARE(amountOf(cancelled.value(u"refunded_total"_qs)),
                 amountOf(cancelled.value(u"paid_total"_qs)));
        QVERIFY(noticeSays(u"cancelled"_qs));
        QVERIFY(waitFor([&] { return queue()->stateOf(id) == app::OrderQueueModel::Cancelled; }));
        queue()->setPickupWindowHours(72);
    }
};

QTEST_MAIN(StaffQueueTest)
#include "tst_staffqueue.moc"
