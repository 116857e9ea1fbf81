// The cache filed under the principal's scope of the change feed, and the outbox sent as whoever
// enqueued each entry, against a real server: two cashiers of one store signed in by PIN on one
// till share the cache and its cursor (no bootstrap reaches the server); a customer then a cashier
// start again; an offline sale rung up by one cashier arrives as theirs after the next one signed
// in, goes on as the next one (and says so) when its own token was signed out, and a refused token
// of another scope never takes over nor stands in the way: it waits for its own scope.
#include "demoaccounts.h"
#include "faultyproxy.h"
#include "requestrecorder.h"
#include "syncchecks.h"
#include "tills.h"

#include "comptoir/ids.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::sync;
using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;
const QString kPin = u"482913"_qs;

// A cashier signed in by PIN on the till: the token and the user object /auth/pin answers.
struct Cashier {
    std::string token;
    QJsonObject user;
};

Cashier customerOf(const RegisteredCustomer& customer)
{
    return {customer.token, QJsonObject{{u"id"_qs, customer.id}, {u"role"_qs, u"customer"_qs}}};
}

QByteArray offlineSale(const QString& id)
{
    const QJsonObject order{
        {u"id"_qs, id},
        {u"channel"_qs, u"pos"_qs},
        {u"offline"_qs, true},
        {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
        {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"carry_out"_qs}, {u"location_id"_qs, u"loc_paris"_qs}}},
    };
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QStringList feedRequests(const RequestRecorder& recorder)
{
    return recorder.requestLines().filter(u"GET /api/v1/sync/changes?"_qs);
}

bool anyBootstrap(const QStringList& feedRequests)
{
    return std::any_of(feedRequests.cbegin(), feedRequests.cend(),
                       [](const QString& line) { return line.contains(u"?since=0&"_qs); });
}

qint64 count(LocalCache& cache, const char* table)
{
    auto st = cache.db().prepare((std::string("SELECT count(*) FROM ") + table).c_str());
    st.step();
    return st.int64(0);
}

} // namespace

class TestCacheScope : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    DemoAccounts m_accounts;
    std::string m_registerToken;
    int m_caches = 0;

    QString newCachePath() { return m_dir.filePath(u"till-%1.db"_qs.arg(++m_caches)); }

    Cashier pinSignInAs(const QString& email)
    {
        HttpClient c = m_server.client();
        const Reply r = pinSignIn(c, m_registerToken, email, kPin);
        if (r.status != 200)
            return {};
        return {r.json().value(u"token"_qs).toString().toStdString(), r.json().value(u"user"_qs).toObject()};
    }

    SyncClient::Settings tillSettings(const QString& url, const Cashier& cashier, const QString& cachePath)
    {
        SyncClient::Settings s = clientSettings(m_server, cashier.token, cachePath);
        s.serverUrl = QUrl(url);
        s.cacheScope = cacheScopeOf(cashier.user);
        s.retryCapMs = 1000;
        return s;
    }

    // Posts the entry's request again as `token`, with its key: the server replays it only for the
    // principal that made it (API.md, Idempotency: keys are scoped to the authenticated principal).
    Reply resend(const OutboxEntry& entry, const std::string& token)
    {
        return m_server.client().post("/api/v1" + entry.request.path.toStdString(),
                                      QJsonDocument::fromJson(entry.request.body).object(), token,
                                      {{"Idempotency-Key", entry.request.idempotencyKey.toStdString()}});
    }

    // An offline sale rung up by `cashier` on a till that cannot reach the server (the proxy
    // refuses), tried at least once; the cache is closed when this returns.
    OutboxEntry saleMadeOffline(FaultyProxy& proxy, const Cashier& cashier, const QString& cachePath)
    {
        proxy.setRefusing(true);
        SyncClient till(tillSettings(proxy.url(), cashier, cachePath));
        till.start();
        const QString id = newId(u"ord"_qs);
        const QByteArray body = offlineSale(id);
        const qint64 entryId = till.enqueueOrder(id, body, body);
        [&] { QVERIFY(waitFor([&] { return till.outbox().entry(entryId)->attempts >= 1; })); }();
        return *till.outbox().entry(entryId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        HttpClient c = m_server.client();
        m_registerToken = enrolRegister(c, m_accounts.manager, u"loc_paris"_qs).token;
        QVERIFY(!m_registerToken.empty());
        const std::string admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        const std::string second =
            createAndSignIn(m_server, admin, u"second.paris@example.fr"_qs, u"staff"_qs, u"loc_paris"_qs);
        QVERIFY(!second.empty());
        QCOMPARE(setPin(c, m_accounts.staffParis, kPin), 204);
        QCOMPARE(setPin(c, second, kPin), 204);
    }

    void theScopeKeyIsWhatTheFeedShows()
    {
        const Cashier a = pinSignInAs(u"staff.paris@demo.comptoir.fr"_qs);
        const Cashier b = pinSignInAs(u"second.paris@example.fr"_qs);
        QVERIFY(!a.token.empty() && !b.token.empty());
        QVERIFY(a.user.value(u"id"_qs) != b.user.value(u"id"_qs));
        QCOMPARE(cacheScopeOf(a.user), u"store:loc_paris"_qs);
        QCOMPARE(cacheScopeOf(b.user), cacheScopeOf(a.user));
        QCOMPARE(cacheScopeOf({{u"id"_qs, u"usr_1"_qs}, {u"role"_qs, u"staff"_qs}}), u"store:-"_qs);
        QCOMPARE(cacheScopeOf({{u"id"_qs, u"usr_1"_qs}, {u"role"_qs, u"manager"_qs}}), u"all"_qs);
        QCOMPARE(cacheScopeOf({{u"id"_qs, u"usr_2"_qs}, {u"role"_qs, u"admin"_qs}}), u"all"_qs);
        QCOMPARE(cacheScopeOf({{u"id"_qs, u"usr_3"_qs}, {u"role"_qs, u"customer"_qs}}), u"customer:usr_3"_qs);
        QCOMPARE(cacheScopeOf(
                     {{u"id"_qs, u"dev_1"_qs}, {u"role"_qs, u"kiosk"_qs}, {u"store_id"_qs, u"loc_paris"_qs}}),
                 u"device:dev_1"_qs);
        QCOMPARE(cacheScopeOf({{u"id"_qs, u"dev_2"_qs}, {u"role"_qs, u"register"_qs}}), u"device:dev_2"_qs);
        // Nothing to tell principals apart: the token decides, as before.
        QCOMPARE(cacheScopeOf({{u"role"_qs, u"customer"_qs}}), QString());
        QCOMPARE(cacheScopeOf({{u"id"_qs, u"usr_4"_qs}, {u"role"_qs, u"auditor"_qs}}), QString());
    }

    void twoCashiersOfOneStoreKeepTheCacheAndItsCursor()
    {
        const Cashier a = pinSignInAs(u"staff.paris@demo.comptoir.fr"_qs);
        const Cashier b = pinSignInAs(u"second.paris@example.fr"_qs);
        QVERIFY(!a.token.empty() && !b.token.empty());
        const QString path = newCachePath();
        qint64 cursorOfA = 0;
        qint64 products = 0;
        // One address for both: the cache is filed under the server's address too.
        RequestRecorder recorder(quint16(m_server.port()));
        {
            SyncClient till(tillSettings(recorder.url(), a, path));
            QSignalSpy caughtUp(&till, &SyncClient::caughtUp);
            till.start();
            QVERIFY(caughtUp.wait(60000));
            QVERIFY(anyBootstrap(feedRequests(recorder))); // the recorder sees a bootstrap when there is one
            cursorOfA = till.cursor();
            products = count(till.cache(), "products");
            QVERIFY(cursorOfA > 0 && products > 0);
        }
        // What happens on the server meanwhile reaches B as a delta.
        const Reply adjusted =
            m_server.client().post("/api/v1/inventory/adjustments",
                                   {{u"sku"_qs, kSku},
                                    {u"location_id"_qs, u"loc_paris"_qs},
                                    {u"delta"_qs, 4},
                                    {u"reason"_qs, u"receipt"_qs}},
                                   m_accounts.manager, {{"Idempotency-Key", "scope-switch-adjust"}});
        QCOMPARE(adjusted.status, 201);
        const qint64 onHand = adjusted.json().value(u"on_hand"_qs).toInteger();

        recorder.forget();
        SyncClient till(tillSettings(recorder.url(), b, path));
        QCOMPARE(till.cursor(), cursorOfA); // kept, before any request
        QCOMPARE(count(till.cache(), "products"), products);
        QSignalSpy caughtUp(&till, &SyncClient::caughtUp);
        till.start();
        QVERIFY(caughtUp.wait(60000));
        QVERIFY(waitFor([&] {
            auto st = till.cache().db().prepare(
                "SELECT on_hand FROM stock WHERE sku = ? AND location_id = 'loc_paris'");
            st.bind(1, kSku);
            return st.step() && st.int64(0) == onHand;
        }));
        const QStringList requests = feedRequests(recorder);
        QVERIFY(!requests.isEmpty());
        QVERIFY2(!anyBootstrap(requests), qPrintable(requests.join(u", "_qs)));
        QVERIFY2(requests.first().contains(u"?since=%1&"_qs.arg(cursorOfA)), qPrintable(requests.first()));
        QVERIFY(till.cursor() > cursorOfA);
        const QString diff = differencesWithServer(till.cache(), m_server, b.token);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aCustomerThenACashierStartAgain()
    {
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"scope.customer@example.fr"_qs, u"Scope"_qs, u"long-password-1"_qs);
        QVERIFY(!customer.token.empty());
        // A pickup in Lyon: the customer sees it, Paris staff may not.
        const Reply order = m_server.client().post(
            "/api/v1/orders",
            {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
             {u"fulfillment"_qs,
              QJsonObject{{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, u"loc_lyon"_qs}}}},
            customer.token, {{"Idempotency-Key", "scope-customer-order"}});
        QCOMPARE(order.status, 201);
        const QString orderId = order.json().value(u"id"_qs).toString();
        const QString path = newCachePath();
        RequestRecorder recorder(quint16(m_server.port())); // one address: only the scope differs
        {
            SyncClient shop(tillSettings(recorder.url(), customerOf(customer), path));
            shop.start();
            QVERIFY(waitFor([&] { return cachedOrderIds(shop.cache()).contains(orderId); }, 60000));
        }
        const Cashier b = pinSignInAs(u"second.paris@example.fr"_qs);
        recorder.forget();
        SyncClient till(tillSettings(recorder.url(), b, path));
        QCOMPARE(till.cursor(), 0);
        QVERIFY(!cachedOrderIds(till.cache()).contains(orderId));
        QSignalSpy caughtUp(&till, &SyncClient::caughtUp);
        till.start();
        QVERIFY(caughtUp.wait(60000));
        QVERIFY(anyBootstrap(feedRequests(recorder)));
        QVERIFY(!cachedOrderIds(till.cache()).contains(orderId));
        const QString diff = differencesWithServer(till.cache(), m_server, b.token);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void anOfflineSaleArrivesAsTheCashierWhoRangItUp()
    {
        const Cashier a = pinSignInAs(u"staff.paris@demo.comptoir.fr"_qs);
        const Cashier b = pinSignInAs(u"second.paris@example.fr"_qs);
        FaultyProxy proxy(quint16(m_server.port()));
        const QString path = newCachePath();
        const OutboxEntry made = saleMadeOffline(proxy, a, path);
        QVERIFY(made.credential && made.credential->token == QByteArray::fromStdString(a.token));

        proxy.setRefusing(false);
        SyncClient till(tillSettings(proxy.url(), b, path));
        till.start();
        QVERIFY(waitFor([&] { return till.outbox().entry(made.id)->state == u"applied"; }));
        const OutboxEntry sent = *till.outbox().entry(made.id);
        QCOMPARE(sent.status, 201);
        QVERIFY(!sent.handedOverAt.isValid());
        QVERIFY(!sent.credential); // a token stays in the cache only while its entry is pending

        // The server recorded the sale as A's: A's key replays it, B's is not B's.
        const Reply asA = resend(sent, a.token);
        QCOMPARE(asA.status, 201);
        QCOMPARE(asA.header("Idempotent-Replayed"), std::string("true"));
        const Reply asB = resend(sent, b.token);
        QCOMPARE(asB.header("Idempotent-Replayed"), std::string());
        QCOMPARE(asB.status, 409); // a new request for an id that exists
    }

    void aSaleWhoseCashierSignedOutGoesOnAsTheNextOneAndSaysSo()
    {
        const Cashier a = pinSignInAs(u"staff.paris@demo.comptoir.fr"_qs);
        const Cashier b = pinSignInAs(u"second.paris@example.fr"_qs);
        FaultyProxy proxy(quint16(m_server.port()));
        const QString path = newCachePath();
        const OutboxEntry made = saleMadeOffline(proxy, a, path);
        QCOMPARE(m_server.client().post("/api/v1/auth/logout", {}, a.token).status, 204);

        proxy.setRefusing(false);
        SyncClient till(tillSettings(proxy.url(), b, path));
        till.start();
        QVERIFY(waitFor([&] { return till.outbox().entry(made.id)->state == u"applied"; }));
        const OutboxEntry sent = *till.outbox().entry(made.id);
        QVERIFY(sent.handedOverAt.isValid());
        QVERIFY(sent.handedOverAt >= made.createdAt);
        const Reply asB = resend(sent, b.token);
        QCOMPARE(asB.status, 201);
        QCOMPARE(asB.header("Idempotent-Replayed"), std::string("true"));
    }

    void aRefusedTokenOfAnotherScopeNeverTakesOver()
    {
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"scope.parked@example.fr"_qs, u"Parked"_qs, u"long-password-1"_qs);
        QVERIFY(!customer.token.empty());
        FaultyProxy proxy(quint16(m_server.port()));
        proxy.setRefusing(true);
        const QString path = newCachePath();
        const QString orderId = newId(u"ord"_qs);
        qint64 entryId = 0;
        {
            SyncClient shop(tillSettings(proxy.url(), customerOf(customer), path));
            shop.start();
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{
                        {u"id"_qs, orderId},
                        {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
                        {u"fulfillment"_qs,
                         QJsonObject{{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, u"loc_paris"_qs}}}})
                    .toJson(QJsonDocument::Compact);
            entryId = shop.enqueueOrder(orderId, body, body);
            QVERIFY(waitFor([&] { return shop.outbox().entry(entryId)->attempts >= 1; }));
        }
        QCOMPARE(m_server.client().post("/api/v1/auth/logout", {}, customer.token).status, 204);

        proxy.setRefusing(false);
        const Cashier b = pinSignInAs(u"second.paris@example.fr"_qs);
        {
            SyncClient till(tillSettings(proxy.url(), b, path));
            till.start();
            // Refused as the customer, never sent as the cashier, and not in the cashier's way.
            QVERIFY(waitFor([&] { return till.outbox().entry(entryId)->parkedAt.isValid(); }));
            const QString saleId = newId(u"ord"_qs);
            const QByteArray sale = offlineSale(saleId);
            const qint64 saleEntry = till.enqueueOrder(saleId, sale, sale);
            QVERIFY(waitFor([&] { return till.outbox().entry(saleEntry)->state == u"applied"; }));
            const OutboxEntry waiting = *till.outbox().entry(entryId);
            QCOMPARE(waiting.state, u"pending"_qs);
            QVERIFY(!waiting.handedOverAt.isValid());
            QCOMPARE(
                m_server.client().get("/api/v1/orders/" + orderId.toStdString(), m_accounts.manager).status,
                404);
        }
        // The customer signs in again: their order goes on with their new token, as theirs.
        const Cashier again{m_server.login(u"scope.parked@example.fr"_qs, u"long-password-1"_qs),
                            customerOf(customer).user};
        QVERIFY(!again.token.empty());
        SyncClient shop(tillSettings(proxy.url(), again, path));
        shop.start();
        QVERIFY(waitFor([&] { return shop.outbox().entry(entryId)->state == u"applied"; }));
        QVERIFY(shop.outbox().entry(entryId)->handedOverAt.isValid());
        const Reply order =
            m_server.client().get("/api/v1/orders/" + orderId.toStdString(), m_accounts.manager);
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json().value(u"customer_id"_qs).toString(), customer.id);
    }
};

QTEST_GUILESS_MAIN(TestCacheScope)
#include "tst_cachescope.moc"
