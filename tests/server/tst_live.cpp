// The live channel: hello, catch-up from a cursor, pushes of each commit, scope per socket,
// and bad hellos closed with 4400/4401 while the server keeps serving others.
#include "testserver.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace comptoir::test;

namespace {

// A live client that collects every change it is sent.
class LiveClient : public QObject {
public:
    explicit LiveClient(const QString& url)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            frames.append(frame);
            for (const QJsonValue& c : frame.value(u"changes"_qs).toArray())
                changes.append(c.toObject());
            next = qint64(frame.value(u"next"_qs).toDouble());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closeCode = socket.closeCode(); });
        socket.open(QUrl(url));
    }
    bool waitConnected()
    {
        if (socket.state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy spy(&socket, &QWebSocket::connected);
        return spy.wait(5000);
    }
    void hello(const QJsonValue& token, qint64 since)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"type"_qs, u"hello"_qs}, {u"token"_qs, token}, {u"since"_qs, double(since)}})
                .toJson(QJsonDocument::Compact)));
    }
    bool sawChange(const QString& entity, const QString& id) const
    {
        for (const QJsonObject& c : changes)
            if (c.value(u"entity"_qs).toString() == entity && c.value(u"id"_qs).toString() == id)
                return true;
        return false;
    }

    QWebSocket socket;
    QList<QJsonObject> frames;
    QList<QJsonObject> changes;
    qint64 next = 0;
    int closeCode = -1;
};

} // namespace

class TestLive : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    QString m_wsUrl;

    qint64 currentCursor()
    {
        qint64 since = 0;
        for (;;) {
            const Reply r =
                m_server.client().get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since));
            since = qint64(r.json().value(u"next"_qs).toDouble());
            if (!r.json().value(u"has_more"_qs).toBool())
                return since;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_wsUrl = m_server.client().get("/api/v1/info").json().value(u"ws_url"_qs).toString();
        QVERIFY(m_wsUrl.startsWith(u"ws://"_qs));
    }

    void catchUpFromZeroEqualsTheBootstrap()
    {
        LiveClient live(m_wsUrl);
        QVERIFY(live.waitConnected());
        live.hello(QJsonValue(), 0);
        const qint64 cursor = currentCursor();
        QTRY_VERIFY_WITH_TIMEOUT(live.next >= cursor, 15000);
        qint64 previous = 0;
        for (const QJsonObject& c : live.changes) {
            const qint64 seq = qint64(c.value(u"seq"_qs).toDouble());
            QVERIFY(seq > previous);
            previous = seq;
            QVERIFY(c.value(u"entity"_qs).toString() != u"order");
        }
        QVERIFY(live.changes.size() > 10000);
        QVERIFY(live.frames.size() > 1); // sent in pages
    }

    void aHelloIsAnsweredEvenWithNothingToCatchUp()
    {
        LiveClient live(m_wsUrl);
        QVERIFY(live.waitConnected());
        const qint64 cursor = currentCursor();
        live.hello(QJsonValue(), cursor);
        // One empty frame at the client's own cursor: it is live, not left guessing from silence.
        QTRY_COMPARE_WITH_TIMEOUT(live.frames.size(), 1, 5000);
        QCOMPARE(live.frames.first().value(u"changes"_qs).toArray().size(), 0);
        QCOMPARE(live.next, cursor);
        QCOMPARE(live.socket.state(), QAbstractSocket::ConnectedState);
    }

    void commitsArePushedToConnectedClients()
    {
        LiveClient live(m_wsUrl);
        QVERIFY(live.waitConnected());
        const qint64 cursor = currentCursor();
        live.hello(QJsonValue(), cursor);
        const std::string staff = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const Reply adjusted = m_server.client().post("/api/v1/inventory/adjustments",
                                                      {{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs},
                                                       {u"location_id"_qs, u"loc_paris"_qs},
                                                       {u"delta"_qs, 3},
                                                       {u"reason"_qs, u"receipt"_qs}},
                                                      staff, {{"Idempotency-Key", "live-1"}});
        QCOMPARE(adjusted.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(live.sawChange(u"stock"_qs, u"TSH-0001-S-GRIS-CHINE@loc_paris"_qs), 5000);
        QCOMPARE(live.changes.last().value(u"data"_qs).toObject(), adjusted.json());
        QCOMPARE(live.next, qint64(live.changes.last().value(u"seq"_qs).toDouble()));
    }

    void socketsCarryOnlyTheirScope()
    {
        const std::string paris = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const std::string lyon = m_server.login(u"staff.lyon@demo.comptoir.fr"_qs);
        const qint64 cursor = currentCursor();
        LiveClient parisLive(m_wsUrl), lyonLive(m_wsUrl), anonymous(m_wsUrl);
        QVERIFY(parisLive.waitConnected() && lyonLive.waitConnected() && anonymous.waitConnected());
        parisLive.hello(QString::fromStdString(paris), cursor);
        lyonLive.hello(QString::fromStdString(lyon), cursor);
        anonymous.hello(QJsonValue(), cursor);
        const Reply order = m_server.client().post(
            "/api/v1/orders",
            {{u"lines"_qs,
              QJsonArray{QJsonObject{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs}, {u"quantity"_qs, 1}}}}},
            paris, {{"Idempotency-Key", "live-order-1"}});
        QCOMPARE(order.status, 201);
        const QString id = order.json().value(u"id"_qs).toString();
        QTRY_VERIFY_WITH_TIMEOUT(parisLive.sawChange(u"order"_qs, id), 5000);
        // The same commit moved stock, which everyone sees: once they have it, the order was not sent.
        QTRY_VERIFY_WITH_TIMEOUT(lyonLive.sawChange(u"stock"_qs, u"TSH-0001-S-GRIS-CHINE@loc_paris"_qs),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(anonymous.sawChange(u"stock"_qs, u"TSH-0001-S-GRIS-CHINE@loc_paris"_qs),
                                 5000);
        QVERIFY(!lyonLive.sawChange(u"order"_qs, id));
        QVERIFY(!anonymous.sawChange(u"order"_qs, id));
    }

    void loggingOutEndsTheFeed()
    {
        const std::string staff = m_server.login(u"staff.lyon@demo.comptoir.fr"_qs);
        LiveClient live(m_wsUrl);
        QVERIFY(live.waitConnected());
        live.hello(QString::fromStdString(staff), currentCursor());
        // The first frame, sent even when empty, says the hello was accepted: the feed is live.
        QTRY_VERIFY_WITH_TIMEOUT(!live.frames.isEmpty(), 10000);
        QCOMPARE(live.closeCode, -1);
        QCOMPARE(m_server.client().post("/api/v1/auth/logout", {}, staff).status, 204);
        const std::string other = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QCOMPARE(m_server.client()
                     .post("/api/v1/inventory/adjustments",
                           {{u"sku"_qs, u"TSH-0001-L-GRIS-CHINE"_qs},
                            {u"location_id"_qs, u"loc_paris"_qs},
                            {u"delta"_qs, 1},
                            {u"reason"_qs, u"receipt"_qs}},
                           other, {{"Idempotency-Key", "live-logout"}})
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(live.closeCode, 4401, 5000);
        QVERIFY(!live.sawChange(u"stock"_qs, u"TSH-0001-L-GRIS-CHINE@loc_paris"_qs));
    }

    void badHellosAreClosedAndOthersKeepGoing()
    {
        LiveClient good(m_wsUrl);
        QVERIFY(good.waitConnected());
        good.hello(QJsonValue(), currentCursor());

        const auto closedWith = [&](const std::function<void(LiveClient&)>& send) {
            LiveClient bad(m_wsUrl);
            if (!bad.waitConnected())
                return -2;
            send(bad);
            QSignalSpy spy(&bad.socket, &QWebSocket::disconnected);
            if (bad.socket.state() != QAbstractSocket::UnconnectedState && !spy.wait(8000))
                return -3;
            return bad.closeCode;
        };
        QCOMPARE(closedWith([](LiveClient& c) { c.socket.sendTextMessage(u"garbage"_qs); }), 4400);
        QCOMPARE(closedWith([](LiveClient& c) { c.socket.sendTextMessage(u"{\"type\":\"subscribe\"}"_qs); }),
                 4400);
        QCOMPARE(closedWith([](LiveClient& c) { c.hello(QJsonValue(), -5); }), 4400);
        QCOMPARE(closedWith([](LiveClient& c) { c.hello(u"forged-token"_qs, 0); }), 4401);
        QCOMPARE(closedWith([](LiveClient& c) { c.socket.sendBinaryMessage(QByteArray(100, '\x01')); }),
                 4400);
        QCOMPARE(closedWith([](LiveClient& c) { c.socket.sendTextMessage(QString(200 * 1024, u'x')); }),
                 1009);
        QCOMPARE(closedWith([](LiveClient&) {}), 4400); // no hello at all

        // The well-behaved client still gets pushes, and HTTP still answers.
        const std::string staff = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QCOMPARE(m_server.client()
                     .post("/api/v1/inventory/adjustments",
                           {{u"sku"_qs, u"TSH-0001-M-GRIS-CHINE"_qs},
                            {u"location_id"_qs, u"loc_paris"_qs},
                            {u"delta"_qs, 1},
                            {u"reason"_qs, u"receipt"_qs}},
                           staff, {{"Idempotency-Key", "live-2"}})
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(good.sawChange(u"stock"_qs, u"TSH-0001-M-GRIS-CHINE@loc_paris"_qs), 5000);
        QCOMPARE(m_server.client().get("/healthz").status, 200);
    }

    // Issue 15: a customer's cart (as their addresses and wishlist) reaches their sockets only.
    void customerDataIsPushedOnlyToItsOwner()
    {
        auto c = m_server.client();
        std::string tokens[2];
        QString ids[2];
        for (int i = 0; i < 2; ++i) {
            const QString email = u"live.shopper.%1@example.fr"_qs.arg(i);
            const Reply made = c.post("/api/v1/auth/register", {{u"email"_qs, email},
                                                                {u"password"_qs, u"un mot de passe sûr"_qs},
                                                                {u"name"_qs, u"Shopper"_qs}});
            QCOMPARE(made.status, 201);
            ids[i] = made.json().value(u"user"_qs).toObject().value(u"id"_qs).toString();
            tokens[i] = m_server.login(email, u"un mot de passe sûr"_qs);
            QVERIFY(!tokens[i].empty());
        }
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        const qint64 cursor = currentCursor();
        LiveClient owner(m_wsUrl), other(m_wsUrl), managerLive(m_wsUrl);
        QVERIFY(owner.waitConnected() && other.waitConnected() && managerLive.waitConnected());
        owner.hello(QString::fromStdString(tokens[0]), cursor);
        other.hello(QString::fromStdString(tokens[1]), cursor);
        managerLive.hello(QString::fromStdString(manager), cursor);
        QTRY_VERIFY_WITH_TIMEOUT(
            !owner.frames.isEmpty() && !other.frames.isEmpty() && !managerLive.frames.isEmpty(), 5000);

        const QJsonObject cart{{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs},
                                                                    {u"quantity"_qs, 2}}}}};
        QCOMPARE(c.put("/api/v1/me/cart", cart, tokens[0], {{"If-Match", "\"0\""}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(owner.sawChange(u"cart"_qs, ids[0]), 5000);
        QCOMPARE(owner.changes.last().value(u"data"_qs).toObject().value(u"version"_qs).toInteger(), 1);

        // A change everyone sees, after it: once the others have it, the cart was not sent to them.
        const std::string staff = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, u"TSH-0001-L-GRIS-CHINE"_qs},
                         {u"location_id"_qs, u"loc_paris"_qs},
                         {u"delta"_qs, 1},
                         {u"reason"_qs, u"receipt"_qs}},
                        staff, {{"Idempotency-Key", "live-customer-data"}})
                     .status,
                 201);
        for (LiveClient* live : {&other, &managerLive})
            QTRY_VERIFY_WITH_TIMEOUT(live->sawChange(u"stock"_qs, u"TSH-0001-L-GRIS-CHINE@loc_paris"_qs),
                                     5000);
        QVERIFY(!other.sawChange(u"cart"_qs, ids[0]));
        QVERIFY(!managerLive.sawChange(u"cart"_qs, ids[0]));
    }
};

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
