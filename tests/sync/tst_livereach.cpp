// The live channel reached the way a kiosk on another machine reaches it: the address /info
// advertises follows the host the client used (a hard-coded 127.0.0.1 shows on 127.0.0.2),
// an operator's public address behind nginx, and wss:// with the HTTP API's certificate, checked
// by the client (a wrong certificate is refused).
#include "nginx.h"
#include "sync/net/clienttls.h"
#include "syncchecks.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::sync;
using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;

qint64 onHandInCache(LocalCache& cache, const QString& sku, const QString& location)
{
    auto st = cache.db().prepare("SELECT on_hand FROM stock WHERE sku = ? AND location_id = ?");
    st.bind(1, sku).bind(2, location);
    return st.step() ? st.int64(0) : -1;
}

qint64 onHandOnServer(TestServer& server, const QString& sku, const QString& location)
{
    const Reply r = server.client().get("/api/v1/inventory?sku=" + urlEncode(sku) +
                                        "&location_id=" + urlEncode(location));
    const QJsonArray items = r.items();
    return items.isEmpty() ? -1 : qint64(items.first().toObject().value(u"on_hand"_qs).toDouble());
}

// A self-signed certificate for 127.0.0.1 and its key, made by the openssl command.
bool makeCertificate(const QString& dir, const QString& name)
{
    QProcess openssl;
    openssl.start(u"openssl"_qs,
                  {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                   u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs, u"-days"_qs, u"2"_qs, u"-subj"_qs,
                   u"/CN=127.0.0.1"_qs, u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs, u"-keyout"_qs,
                   dir + u'/' + name + u".key"_qs, u"-out"_qs, dir + u'/' + name + u".pem"_qs});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

} // namespace

class TestLiveReach : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_caches = 0;

    QString newCachePath() { return m_dir.filePath(u"cache-%1.db"_qs.arg(++m_caches)); }

    // A client that only learns of changes by push: its pulls are 10 minutes apart.
    static SyncClient::Settings liveOnly(SyncClient::Settings settings)
    {
        settings.pollIntervalMs = 600000;
        return settings;
    }

    // A change on `server` (its stock) reaches `client`'s cache while the client is live.
    static bool pushReaches(TestServer& server, SyncClient& client, const std::string& key)
    {
        const std::string manager = server.login(u"manager@demo.comptoir.fr"_qs);
        const Reply r = server.client().post("/api/v1/inventory/adjustments",
                                             {{u"sku"_qs, kSku},
                                              {u"location_id"_qs, u"loc_paris"_qs},
                                              {u"delta"_qs, 1},
                                              {u"reason"_qs, u"receipt"_qs}},
                                             manager, {{"Idempotency-Key", key}});
        if (r.status != 201)
            return false;
        const qint64 expected = onHandOnServer(server, kSku, u"loc_paris"_qs);
        return waitFor([&] { return onHandInCache(client.cache(), kSku, u"loc_paris"_qs) == expected; });
    }

private slots:
    void aServerOnAnotherAddressAdvertisesThatAddress()
    {
        TestServer server({true, {u"--listen"_qs, u"127.0.0.2"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QVERIFY2(server.url().startsWith(u"http://127.0.0.2:"_qs), qPrintable(server.url()));
        QCOMPARE(server.wsUrl(), u"ws://127.0.0.2:%1/"_qs.arg(server.wsPort()));

        SyncClient client(
            liveOnly(clientSettings(server, server.kioskToken(u"loc_paris"_qs), newCachePath())));
        client.start();
        QVERIFY(waitFor([&] { return client.isLive(); }, 60000));
        QVERIFY(pushReaches(server, client, "second-address"));
    }

    void theAdvertisedAddressFollowsTheHostTheClientUsed()
    {
        TestServer server({true, {u"--listen"_qs, u"0.0.0.0"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const int ws = server.wsPort();
        QVERIFY(ws > 0);
        const auto advertised = [&](const std::string& host) {
            return server.client()
                .get("/api/v1/info", {}, {{"Host", host}})
                .json()
                .value(u"ws_url"_qs)
                .toString();
        };
        const std::string http = std::to_string(server.port());
        QCOMPARE(advertised("127.0.0.2:" + http), u"ws://127.0.0.2:%1/"_qs.arg(ws));
        QCOMPARE(advertised("till-3.magasin.example:" + http), u"ws://till-3.magasin.example:%1/"_qs.arg(ws));
        QCOMPARE(advertised("[::1]:" + http), u"ws://[::1]:%1/"_qs.arg(ws));
        QCOMPARE(advertised("192.0.2.7"), u"ws://192.0.2.7:%1/"_qs.arg(ws));
        // A Host header that is not a host is never copied into a URL: the listening address is.
        for (const char* hostile : {"evil.example/path?x=", "a\"b:80", "host:80x", "[::1", "[zz::1]:80",
                                    "-leading.example", "host:123456", "h\\ost", "[::1]:80junk"})
            QCOMPARE(advertised(hostile), u"ws://127.0.0.1:%1/"_qs.arg(ws));

        // Reached at 127.0.0.2, the client goes live on what the server advertised there.
        SyncClient::Settings settings =
            clientSettings(server, server.kioskToken(u"loc_paris"_qs), newCachePath());
        settings.serverUrl = QUrl(u"http://127.0.0.2:%1"_qs.arg(server.port()));
        SyncClient client(liveOnly(settings));
        client.start();
        QVERIFY(waitFor([&] { return client.isLive(); }, 60000));
        QVERIFY(pushReaches(server, client, "wildcard-address"));
    }

    void anOperatorsPublicAddressIsAdvertisedAsGiven()
    {
        TestServer server({true, {u"--public-ws-url"_qs, u"wss://shop.example/live"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QCOMPARE(server.client().get("/api/v1/info").json().value(u"ws_url"_qs).toString(),
                 u"wss://shop.example/live"_qs);

        for (const QString& bad : {u"http://shop.example/live"_qs, u"not a url"_qs, u"ws:///live"_qs}) {
            const RunResult r = runServerBinary({u"--public-ws-url"_qs, bad, u"--version"_qs});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--public-ws-url"), r.err.constData());
        }
    }

    void aKioskStaysLiveThroughNginx()
    {
        Nginx nginx;
        TestServer server({true, {u"--public-ws-url"_qs, nginx.url(u"ws"_qs) + u"/live"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QVERIFY2(nginx.start(u"location /live { %1 }\n"
                             "location / { proxy_pass http://127.0.0.1:%2; proxy_http_version 1.1; "
                             "proxy_set_header Connection \"\"; proxy_set_header Host $http_host; }"_qs
                                 .arg(Nginx::webSocketProxy(u"http://127.0.0.1:%1"_qs.arg(server.wsPort())))
                                 .arg(server.port()),
                             Nginx::upgradeMap()),
                 qPrintable(nginx.lastError()));

        SyncClient::Settings settings =
            clientSettings(server, server.kioskToken(u"loc_paris"_qs), newCachePath());
        settings.serverUrl = QUrl(nginx.url());
        SyncClient client(liveOnly(settings));
        client.start();
        QVERIFY2(waitFor([&] { return client.isLive(); }, 60000), nginx.errorLog().constData());
        QVERIFY(pushReaches(server, client, "through-nginx-1"));
        QVERIFY(pushReaches(server, client, "through-nginx-2"));
        QVERIFY(client.isLive());
    }

    void wssWithTheServersCertificateWorksAndAWrongOneIsRefused()
    {
        QVERIFY(makeCertificate(m_dir.path(), u"server"_qs));
        QVERIFY(makeCertificate(m_dir.path(), u"stranger"_qs));
        TestServer server({true,
                           {u"--tls-cert"_qs, m_dir.filePath(u"server.pem"_qs), u"--tls-key"_qs,
                            m_dir.filePath(u"server.key"_qs)}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QVERIFY2(server.url().startsWith(u"https://127.0.0.1:"_qs), qPrintable(server.url()));
        QCOMPARE(server.wsUrl(), u"wss://127.0.0.1:%1/"_qs.arg(server.wsPort()));
        const std::string kiosk = server.kioskToken(u"loc_paris"_qs);

        // The server's certificate given as the authority: HTTPS and wss:// both work.
        const ClientTls trusted = clientTls({m_dir.filePath(u"server.pem"_qs), false});
        QVERIFY(trusted.error.isEmpty());
        SyncClient::Settings settings = clientSettings(server, kiosk, newCachePath());
        settings.tls = trusted.configuration;
        SyncClient client(liveOnly(settings));
        client.start();
        QVERIFY(waitFor([&] { return client.isLive(); }, 60000));
        QVERIFY(pushReaches(server, client, "over-wss"));

        // Another certificate as the authority, or none (the system's): refused, for the API...
        for (const QString& authority : {m_dir.filePath(u"stranger.pem"_qs), QString()}) {
            SyncClient::Settings wrong = clientSettings(server, kiosk, newCachePath());
            wrong.tls = clientTls({authority, false}).configuration;
            SyncClient refused(wrong);
            refused.start();
            QVERIFY(waitFor([&] { return !refused.lastError().isEmpty(); }));
            QCOMPARE(refused.connectivity(), SyncClient::Offline);
            QVERIFY2(refused.lastError().contains(u"SSL"_qs, Qt::CaseInsensitive) ||
                         refused.lastError().contains(u"certificate"_qs, Qt::CaseInsensitive),
                     qPrintable(refused.lastError()));
            QCOMPARE(refused.cursor(), 0);
        }
        // ... and for the live channel on its own: the socket drops before any hello.
        LocalCache cache(newCachePath());
        LiveClient live(cache, 30000);
        live.setTls(clientTls({m_dir.filePath(u"stranger.pem"_qs), false}).configuration);
        QSignalSpy dropped(&live, &LiveClient::dropped);
        live.start(QUrl(server.wsUrl()), QByteArray::fromStdString(kiosk));
        QVERIFY(dropped.wait(20000));
        QVERIFY(!live.isConnected());
        QCOMPARE(cache.cursor(), 0);

        // --insecure (tests only) takes any certificate.
        SyncClient::Settings careless = clientSettings(server, kiosk, newCachePath());
        careless.tls = clientTls({{}, true}).configuration;
        SyncClient anyCertificate(liveOnly(careless));
        anyCertificate.start();
        QVERIFY(waitFor([&] { return anyCertificate.isLive(); }, 60000));
    }
};

QTEST_GUILESS_MAIN(TestLiveReach)
#include "tst_livereach.moc"
