// The server as a platform: configuration, health, metrics, request ids, and problem+json for
// every failure the HTTP layer itself can meet (unknown routes, bad bodies, hostile bytes).
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace comptoir::test;

class TestPlatform : public QObject {
    Q_OBJECT

private:
    TestServer m_server;

    static void verifyProblem(const Reply& r, int status)
    {
        QCOMPARE(r.status, status);
        QVERIFY2(r.header("Content-Type").rfind("application/problem+json", 0) == 0,
                 r.header("Content-Type").c_str());
        const QJsonObject p = r.json();
        QCOMPARE(p.value(u"status"_qs).toInt(), status);
        QVERIFY(!p.value(u"type"_qs).toString().isEmpty());
        QVERIFY(!p.value(u"title"_qs).toString().isEmpty());
        QVERIFY(!r.header("X-Request-Id").empty());
    }

    // Sends raw bytes on a fresh connection and returns what came back.
    QByteArray rawExchange(const QByteArray& bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_qs, quint16(m_server.port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        socket.waitForBytesWritten(5000);
        QByteArray answer;
        while (socket.waitForReadyRead(1500))
            answer += socket.readAll();
        return answer;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void infoDescribesTheServer()
    {
        const Reply r = m_server.client().get("/api/v1/info");
        QCOMPARE(r.status, 200);
        const QJsonObject info = r.json();
        QCOMPARE(info.value(u"name"_qs).toString(), u"comptoir"_qs);
        QCOMPARE(info.value(u"currency"_qs).toString(), u"EUR"_qs);
        QVERIFY(!info.value(u"version"_qs).toString().isEmpty());
        const QDateTime serverTime =
            QDateTime::fromString(info.value(u"server_time"_qs).toString(), Qt::ISODateWithMs);
        QVERIFY(serverTime.isValid());
        QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(info.contains(u"ws_url"_qs));
    }

    void healthAndReadinessAnswerOk()
    {
        auto c = m_server.client();
        const Reply health = c.get("/healthz");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"status"_qs).toString(), u"ok"_qs);
        const Reply ready = c.get("/readyz");
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json().value(u"status"_qs).toString(), u"ready"_qs);
    }

    void metricsCountRequestsByRouteAndStatus()
    {
        auto c = m_server.client();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.get("/api/v1/products/prd_0001").status, 200);
        QCOMPARE(c.get("/api/v1/products/no-such-product").status, 404);
        const Reply r = c.get("/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").rfind("text/plain", 0) == 0);
        const QString text = QString::fromStdString(r.body);
        const QRegularExpression ok(
            uR"re(comptoir_http_requests_total\{method="GET",route="/api/v1/products/\{id\}",status="200"\} (\d+))re"_qs);
        const auto m = ok.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(2000)));
        QVERIFY(m.captured(1).toInt() >= 3);
        QVERIFY(text.contains(uR"(route="/api/v1/products/{id}",status="404"} )"_qs));
        QVERIFY(text.contains(u"comptoir_http_request_duration_seconds_bucket{"_qs));
        QVERIFY(text.contains(u"le=\"+Inf\""_qs));
    }

    void requestIdIsEchoedOrCreated()
    {
        auto c = m_server.client();
        const Reply echoed = c.get("/api/v1/info", {}, {{"X-Request-Id", "test-run-42"}});
        QCOMPARE(echoed.header("X-Request-Id"), std::string("test-run-42"));
        const Reply created = c.get("/api/v1/info");
        QVERIFY(created.header("X-Request-Id").rfind("req_", 0) == 0);
        const Reply hostile = c.get("/api/v1/info", {}, {{"X-Request-Id", std::string(300, 'x')}});
        QVERIFY(hostile.header("X-Request-Id").rfind("req_", 0) == 0);
    }

    void requestsAreLoggedAsJsonLinesWithTheirId()
    {
        auto c = m_server.client();
        QCOMPARE(c.get("/api/v1/locations", {}, {{"X-Request-Id", "log-check-7"}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.standardError().contains("log-check-7"), 5000);
        for (const QByteArray& line : m_server.standardError().split('\n')) {
            if (!line.contains("log-check-7"))
                continue;
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QCOMPARE(entry.value(u"msg"_qs).toString(), u"request"_qs);
            QCOMPARE(entry.value(u"status"_qs).toInt(), 200);
            QCOMPARE(entry.value(u"route"_qs).toString(), u"/api/v1/locations"_qs);
            QVERIFY(entry.value(u"duration_ms"_qs).isDouble());
            return;
        }
        QFAIL("no log line for the request");
    }

    void unknownRoutesAnswerProblemJson()
    {
        auto c = m_server.client();
        verifyProblem(c.get("/api/v1/nothing-here"), 404);
        verifyProblem(c.get("/"), 404);
        verifyProblem(c.get("/api/v1/products/a/b/c"), 404);
    }

    void wrongMethodAnswers405WithAllow()
    {
        const Reply r = m_server.client().raw("PUT", "/api/v1/products", "{}", "application/json");
        verifyProblem(r, 405);
        QVERIFY(r.header("Allow").find("GET") != std::string::npos);
        QVERIFY(r.header("Allow").find("POST") != std::string::npos);
    }

    void malformedJsonIs400()
    {
        auto c = m_server.client();
        for (const char* body : {"{", "{\"email\":", "[1,2]", "null", "\"text\"", "{\"a\":1}}", "\xff\xfe"}) {
            const Reply r = c.raw("POST", "/api/v1/auth/login", body, "application/json");
            QCOMPARE(r.status, 400);
            verifyProblem(r, 400);
        }
    }

    void wrongContentTypeIs415()
    {
        const Reply r = m_server.client().raw("POST", "/api/v1/auth/login", "email=a&password=b",
                                              "application/x-www-form-urlencoded");
        verifyProblem(r, 415);
    }

    void oversizedBodyIs413AndServerKeepsServing()
    {
        const std::string huge(2 * 1024 * 1024, 'a');
        const Reply r = m_server.client().raw("POST", "/api/v1/auth/register", huge, "application/json");
        QCOMPARE(r.status, 413);
        QVERIFY(r.header("Content-Type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(m_server.client().get("/healthz").status, 200);
    }

    void uriTooLongIsProblemJson()
    {
        const std::string path = "/api/v1/products?q=" + std::string(10000, 'a');
        const Reply r = m_server.client().get(path);
        // Refused by the HTTP library before any handler reads q (docs/architecture.md).
        QCOMPARE(r.status, 414);
        QVERIFY2(r.header("Content-Type").rfind("application/problem+json", 0) == 0, r.body.c_str());
        QCOMPARE(r.json().value(u"status"_qs).toInt(), r.status);
    }

    void garbageOnTheWireDoesNotStopTheServer()
    {
        const QByteArray answers[] = {
            rawExchange("GARBAGE\r\n\r\n"),
            rawExchange(QByteArray(9000, 'x') + "\r\n\r\n"),
            rawExchange("GET /api/v1/info HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
            rawExchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        "Content-Length: 100\r\n\r\n{\"email\""),
            rawExchange(QByteArray("\x00\x01\x02\x03\xff\xfe", 6)),
        };
        for (const QByteArray& a : answers)
            if (!a.isEmpty())
                QVERIFY2(!a.contains("<html"), a.constData());
        QCOMPARE(m_server.client().get("/healthz").status, 200);
        QCOMPARE(m_server.client().get("/api/v1/products/prd_0001").status, 200);
    }

    // Sends each request on one connection after the answer to the one before (cpp-httplib 0.11
    // does not answer pipelined requests); the status of each answer, until the server closes.
    QList<int> statusesOnOneConnection(const QList<QByteArray>& requests)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_qs, quint16(m_server.port()));
        if (!socket.waitForConnected(5000))
            return {};
        static const QRegularExpression head(uR"(^HTTP/1\.1 (\d{3}) [^\r]*\r\n(.*?)\r\n\r\n)"_qs,
                                             QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression length(uR"((?:^|\r\n)content-length: *(\d+))"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
        QList<int> statuses;
        QByteArray buffer;
        for (const QByteArray& request : requests) {
            socket.write(request);
            QElapsedTimer timer;
            timer.start();
            for (;;) {
                const auto match = head.match(QString::fromLatin1(buffer));
                if (match.hasMatch()) {
                    const qsizetype bodyLength = length.match(match.captured(2)).captured(1).toLongLong();
                    const qsizetype total = match.capturedLength(0) + bodyLength;
                    if (buffer.size() >= total) {
                        statuses << match.captured(1).toInt();
                        buffer.remove(0, total);
                        break;
                    }
                }
                if (socket.state() != QAbstractSocket::ConnectedState || timer.elapsed() > 30000)
                    return statuses;
                socket.waitForReadyRead(1000);
                buffer += socket.readAll();
            }
        }
        return statuses;
    }

    void aRequestThatAnnouncesNoBodyHasNone()
    {
        // RFC 9112, 6.3: neither Content-Length nor Transfer-Encoding means an empty body. It is
        // answered as an empty body is, and the connection serves the next request. (A server that
        // waits for a body until its read timeout answers 400 "could not be read" and closes.)
        const QByteArray next = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray login =
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        const QList<int> explicitEmpty = statusesOnOneConnection({login + "Content-Length: 0\r\n\r\n", next});
        QCOMPARE(explicitEmpty.size(), 2);
        QCOMPARE(statusesOnOneConnection({login + "\r\n", next}), explicitEmpty);
        // Each method whose body the library would wait for, on routes that need a token: 401.
        for (const char* method : {"POST /api/v1/orders", "DELETE /api/v1/products/prd_0001",
                                   "PATCH /api/v1/products/prd_0001", "POST /api/v1/inventory/adjustments"})
            QCOMPARE(statusesOnOneConnection({QByteArray(method) + " HTTP/1.1\r\nHost: x\r\n\r\n", next}),
                     (QList<int>{401, 200}));
        QCOMPARE(statusesOnOneConnection({"PUT /api/v1/products/prd_0001 HTTP/1.1\r\nHost: x\r\n\r\n", next}),
                 (QList<int>{405, 200}));
    }

    void slowClientsDoNotStarveOthers()
    {
        // Forty connections trickling their headers hold workers, but never all of them.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 40; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(u"127.0.0.1"_qs, quint16(m_server.port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET /api/v1/info HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            socket->flush();
            slow.push_back(std::move(socket));
        }
        for (int round = 0; round < 3; ++round) {
            for (auto& socket : slow) {
                socket->write("a");
                socket->flush();
            }
            QCOMPARE(m_server.client().get("/healthz").status, 200);
            QCOMPARE(m_server.client().get("/api/v1/products/prd_0002").status, 200);
        }
    }

    void garbageMethodsDoNotBecomeMetricSeries()
    {
        rawExchange("ZZGARBAGEMETHOD\"X / HTTP/1.1\r\nHost: x\r\n\r\n");
        rawExchange("QQOTHERMETHOD / HTTP/1.1\r\nHost: x\r\n\r\n");
        const Reply r = m_server.client().get("/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.find("GARBAGEMETHOD") == std::string::npos);
        QVERIFY(r.body.find("QQOTHERMETHOD") == std::string::npos);
    }

    void productImagesAreServedAndTraversalRefused()
    {
        auto c = m_server.client();
        const Reply product = c.get("/api/v1/products/prd_0001");
        const std::string image = product.json().value(u"image_url"_qs).toString().toStdString();
        QVERIFY(image.rfind("/images/products/", 0) == 0);
        const Reply svg = c.get(image);
        QCOMPARE(svg.status, 200);
        QCOMPARE(svg.header("Content-Type"), std::string("image/svg+xml"));
        QVERIFY(svg.body.find("<svg") != std::string::npos);
        verifyProblem(c.get("/images/products/..%2F..%2FCMakeLists.txt"), 404);
        verifyProblem(c.get("/images/products/.hidden.svg"), 404);
        verifyProblem(c.get("/images/products/nope.svg"), 404);
    }

    void helpVersionAndBadFlags()
    {
        const RunResult help = runServerBinary({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        for (const char* flag : {"--data-dir", "--listen", "--port", "--ws-port", "--demo", "--tls-cert",
                                 "--tls-key", "--log-level", "COMPTOIR_DATA_DIR"})
            QVERIFY2(help.out.contains(flag), flag);
        const RunResult version = runServerBinary({u"--version"_qs});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("comptoir-server "));
        const RunResult bad = runServerBinary({u"--no-such-flag"_qs});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown option"));
        const RunResult badPort = runServerBinary({u"--port"_qs, u"99999"_qs});
        QCOMPARE(badPort.exitCode, 2);
        const RunResult halfTls = runServerBinary({u"--tls-cert"_qs, u"/tmp/x.pem"_qs});
        QCOMPARE(halfTls.exitCode, 2);
    }

    void environmentVariablesConfigureTheServer()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"COMPTOIR_LOG_LEVEL"_qs, u"loud"_qs);
        p.setProcessEnvironment(env);
        p.start(QString::fromLatin1(COMPTOIR_SERVER_BINARY), {u"--version"_qs});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("COMPTOIR_LOG_LEVEL"));
    }

    // Behind nginx every request comes from loopback: /metrics must then go by the address nginx
    // saw, and only a proxy named trusted is believed.
    void metricsGoByTheCallerThatATrustedProxyNames()
    {
        const httplib::Headers fromOutside{{"X-Forwarded-For", "203.0.113.5"}};
        TestServer proxied{TestServer::Options{false, {u"--trusted-proxies"_qs, u"127.0.0.1,::1"_qs}}};
        QVERIFY2(proxied.start(), qPrintable(proxied.lastError()));
        QCOMPARE(proxied.client().get("/metrics").status, 200);
        QCOMPARE(proxied.client().get("/metrics", {}, fromOutside).status, 401);
        QCOMPARE(proxied.client().get("/metrics", {}, {{"X-Forwarded-For", "127.0.0.1"}}).status, 200);
        // No proxy trusted: the header is anyone's to write and changes nothing.
        QCOMPARE(m_server.client().get("/metrics", {}, fromOutside).status, 200);
        QCOMPARE(runServerBinary({u"--trusted-proxies"_qs, u"nginx.local"_qs}).exitCode, 2);
    }

    void withoutDemoThereIsNoDefaultAccount()
    {
        TestServer bare(TestServer::Options{false, {}});
        QVERIFY2(bare.start(), qPrintable(bare.lastError()));
        QVERIFY(bare.login(u"admin@demo.comptoir.fr"_qs).empty());
        QCOMPARE(bare.client().get("/api/v1/locations").items().size(), 0);
    }

    void createAdminFlagMakesTheFirstAdmin()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"COMPTOIR_ADMIN_PASSWORD"_qs, u"a-long-admin-secret"_qs);
        p.setProcessEnvironment(env);
        p.start(QString::fromLatin1(COMPTOIR_SERVER_BINARY),
                {u"--data-dir"_qs, dir.path(), u"--port"_qs, u"0"_qs, u"--ws-port"_qs, u"0"_qs,
                 u"--create-admin"_qs, u"root@example.fr"_qs});
        QByteArray out;
        while (!out.contains("listening on") && p.waitForReadyRead(30000))
            out += p.readAllStandardOutput();
        QVERIFY(out.contains("Created admin root@example.fr"));
        const int port =
            QRegularExpression(uR"(:(\d+) )"_qs).match(QString::fromUtf8(out)).captured(1).toInt();
        HttpClient c(port);
        const Reply login = c.post("/api/v1/auth/login", {{u"email"_qs, u"root@example.fr"_qs},
                                                          {u"password"_qs, u"a-long-admin-secret"_qs}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(u"user"_qs).toObject().value(u"role"_qs).toString(), u"admin"_qs);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }

    void servesHttpsWithACertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.path() + u"/cert.pem"_qs, key = dir.path() + u"/key.pem"_qs;
        QProcess openssl;
        openssl.start(u"openssl"_qs,
                      {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-keyout"_qs,
                       key, u"-out"_qs, cert, u"-days"_qs, u"1"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        TestServer tls(TestServer::Options{false, {u"--tls-cert"_qs, cert, u"--tls-key"_qs, key}});
        QVERIFY2(tls.start(), qPrintable(tls.lastError()));
        httplib::SSLClient client("127.0.0.1", tls.port());
        client.enable_server_certificate_verification(false);
        const auto r = client.Get("/api/v1/info");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        // Plain HTTP to the TLS port gets no answer, never a plaintext leak.
        HttpClient plain(tls.port());
        QVERIFY(plain.get("/api/v1/info").status != 200);
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
