// A person's own account (API.md "Customers"): PATCH /me with hostile text refused in words
// (naming the field) and every script, accent and emoji kept; POST /me/password ending the
// other sessions at once; the password reset asked for with the same answer whether or not
// the address has an account, rate limited, its mail written as a .eml file under
// <data-dir>/mail/ when no SMTP server is configured, and its token single-use.
#include "demoaccounts.h"
#include "smtpsink.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>
#include <algorithm>

using namespace comptoir::test;

namespace {

const QString kPassword = u"un mot de passe sûr"_qs;

// The reset token in a reset mail's text: comptoir://reset?token=<token>
QString resetToken(const ReceivedMail& mail)
{
    static const QRegularExpression link(u"comptoir://reset\\?token=([A-Za-z0-9_-]+)"_qs);
    return link.match(mail.text()).captured(1);
}

qint64 medianMs(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

} // namespace

class TestCustomerAccount : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccounts m_accounts;

    [[nodiscard]] QString mailDir() const { return m_server.dataDir() + u"/mail"_qs; }

    Reply patchMe(const QJsonObject& body, const std::string& token)
    {
        return m_server.client().patch("/api/v1/me", body, token);
    }
    Reply resetRequest(const QString& email)
    {
        return m_server.client().post("/api/v1/auth/password-reset", {{u"email"_qs, email}});
    }
    Reply confirm(const QString& token, const QString& password)
    {
        return m_server.client().post("/api/v1/auth/password-reset/confirm",
                                      {{u"token"_qs, token}, {u"password"_qs, password}});
    }
    QList<ReceivedMail> mailsTo(const QString& address)
    {
        QList<ReceivedMail> out;
        for (const ReceivedMail& m : mailsIn(mailDir()))
            if (QString::fromLatin1(m.header("To")) == address)
                out.append(m);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
    }

    void meShowsPhoneAndLanguage()
    {
        const auto c = registerCustomer(m_server, u"lea@example.fr"_qs, u"Léa"_qs, kPassword);
        QCOMPARE(c.registrationStatus, 201);
        const Reply me = m_server.client().get("/api/v1/me", c.token);
        QCOMPARE(me.status, 200);
        QVERIFY(me.json().contains(u"phone"_qs));
        QVERIFY(me.json().value(u"phone"_qs).isNull());
        QCOMPARE(me.json().value(u"language"_qs).toString(), u"fr"_qs);
        QCOMPARE(me.json().value(u"email"_qs).toString(), u"lea@example.fr"_qs);
    }

    void patchMeChangesNamePhoneAndLanguage()
    {
        const auto c = registerCustomer(m_server, u"hugo@example.fr"_qs, u"Hugo"_qs, kPassword);
        const Reply changed = patchMe({{u"name"_qs, u"  Hugo Lefèvre  "_qs},
                                       {u"phone"_qs, u"+33 6 12 34 56 78"_qs},
                                       {u"language"_qs, u"en"_qs}},
                                      c.token);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(u"name"_qs).toString(), u"Hugo Lefèvre"_qs);
        const Reply me = m_server.client().get("/api/v1/me", c.token);
        QCOMPARE(me.json().value(u"name"_qs).toString(), u"Hugo Lefèvre"_qs);
        QCOMPARE(me.json().value(u"phone"_qs).toString(), u"+33 6 12 34 56 78"_qs);
        QCOMPARE(me.json().value(u"language"_qs).toString(), u"en"_qs);
        // Only what is given changes; a null phone clears it.
        QCOMPARE(patchMe({{u"phone"_qs, QJsonValue::Null}}, c.token).status, 200);
        const Reply after = m_server.client().get("/api/v1/me", c.token);
        QVERIFY(after.json().value(u"phone"_qs).isNull());
        QCOMPARE(after.json().value(u"name"_qs).toString(), u"Hugo Lefèvre"_qs);
        QCOMPARE(after.json().value(u"language"_qs).toString(), u"en"_qs);
    }

    void patchMeKeepsEmojiAccentsAndEveryScript()
    {
        const auto c = registerCustomer(m_server, u"zoe@example.fr"_qs, u"Zoé"_qs, kPassword);
        for (const QString& name : {u"Zoé 🌸 Ñúñez"_qs, u"زينب"_qs, u"山田 太郎"_qs,
                                    u"Robert'); DROP TABLE users;--"_qs, u"<b>Zoé</b> & co"_qs}) {
            const Reply r = patchMe({{u"name"_qs, name}}, c.token);
            QCOMPARE(r.status, 200);
            QCOMPARE(m_server.client().get("/api/v1/me", c.token).json().value(u"name"_qs).toString(), name);
        }
    }

    void patchMeRefusesHostileTextNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("line break in the name")
            << QJsonObject{{u"name"_qs, u"Zoé\r\nBcc: x@example.fr"_qs}} << u"name"_qs;
        QTest::newRow("NUL in the name") << QJsonObject{{u"name"_qs, u"Zo\u0000e"_qs}} << u"name"_qs;
        QTest::newRow("right-to-left override")
            << QJsonObject{{u"name"_qs, u"evil\u202Egpj.exe"_qs}} << u"name"_qs;
        QTest::newRow("isolate") << QJsonObject{{u"name"_qs, u"a\u2066b"_qs}} << u"name"_qs;
        QTest::newRow("name of 201 characters")
            << QJsonObject{{u"name"_qs, QString(201, u'é')}} << u"name"_qs;
        QTest::newRow("name of 100 kB") << QJsonObject{{u"name"_qs, QString(100000, u'a')}} << u"name"_qs;
        QTest::newRow("blank name") << QJsonObject{{u"name"_qs, u"   "_qs}} << u"name"_qs;
        QTest::newRow("null name") << QJsonObject{{u"name"_qs, QJsonValue::Null}} << u"name"_qs;
        QTest::newRow("name not text") << QJsonObject{{u"name"_qs, 42}} << u"name"_qs;
        QTest::newRow("phone with letters") << QJsonObject{{u"phone"_qs, u"call me maybe"_qs}} << u"phone"_qs;
        QTest::newRow("phone too long") << QJsonObject{{u"phone"_qs, QString(40, u'1')}} << u"phone"_qs;
        QTest::newRow("phone with a tab") << QJsonObject{{u"phone"_qs, u"06\t12"_qs}} << u"phone"_qs;
        QTest::newRow("unknown language") << QJsonObject{{u"language"_qs, u"de"_qs}} << u"language"_qs;
        QTest::newRow("language not text") << QJsonObject{{u"language"_qs, true}} << u"language"_qs;
    }

    void patchMeRefusesHostileTextNamingTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        static const auto c = registerCustomer(m_server, u"hostile@example.fr"_qs, u"Camille"_qs, kPassword);
        const Reply r = patchMe(body, c.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(r.errorFields(), QStringList{field});
        // Nothing changed.
        const Reply me = m_server.client().get("/api/v1/me", c.token);
        QCOMPARE(me.json().value(u"name"_qs).toString(), u"Camille"_qs);
        QCOMPARE(me.json().value(u"language"_qs).toString(), u"fr"_qs);
    }

    void patchMeNeedsAPerson()
    {
        QCOMPARE(patchMe({{u"name"_qs, u"x"_qs}}, {}).status, 401);
        QCOMPARE(patchMe({{u"name"_qs, u"x"_qs}}, "not-a-token").status, 401);
        QCOMPARE(patchMe({{u"name"_qs, u"x"_qs}}, m_accounts.kioskParis).status, 403);
        // Staff have a profile too.
        QCOMPARE(patchMe({{u"phone"_qs, u"01 23 45 67 89"_qs}}, m_accounts.staffParis).status, 200);
        auto c = m_server.client();
        QCOMPARE(c.raw("PATCH", "/api/v1/me", "{not json", "application/json", m_accounts.staffParis).status,
                 400);
        QCOMPARE(c.raw("PATCH", "/api/v1/me", "name=x", "text/plain", m_accounts.staffParis).status, 415);
        QCOMPARE(c.raw("PATCH", "/api/v1/me", "[1,2]", "application/json", m_accounts.staffParis).status,
                 400);
        QCOMPARE(c.get("/readyz").status, 200);
    }

    void changingThePasswordEndsTheOtherSessions()
    {
        const auto c = registerCustomer(m_server, u"nina@example.fr"_qs, u"Nina"_qs, kPassword);
        const std::string other = m_server.login(u"nina@example.fr"_qs, kPassword);
        QVERIFY(!other.empty());
        auto http = m_server.client();
        const auto change = [&](const QJsonObject& body, const std::string& token) {
            return http.post("/api/v1/me/password", body, token);
        };
        const Reply wrong = change(
            {{u"current"_qs, u"not the password"_qs}, {u"new"_qs, u"a new long password"_qs}}, c.token);
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.errorFields(), QStringList{u"current"_qs});
        const Reply shortNew = change({{u"current"_qs, kPassword}, {u"new"_qs, u"short"_qs}}, c.token);
        QCOMPARE(shortNew.status, 422);
        QCOMPARE(shortNew.errorFields(), QStringList{u"new"_qs});
        const Reply missing = change({{u"current"_qs, kPassword}}, c.token);
        QCOMPARE(missing.status, 422);
        QCOMPARE(change({{u"current"_qs, kPassword}, {u"new"_qs, u"a new long password"_qs}}, {}).status,
                 401);
        QCOMPARE(change({{u"current"_qs, kPassword}, {u"new"_qs, u"a new long password"_qs}},
                        m_accounts.kioskParis)
                     .status,
                 403);
        // Refusals changed nothing: both sessions still work.
        QCOMPARE(http.get("/api/v1/me", other).status, 200);

        QCOMPARE(change({{u"current"_qs, kPassword}, {u"new"_qs, u"a new long password"_qs}}, c.token).status,
                 204);
        QCOMPARE(http.get("/api/v1/me", other).status, 401);
        QCOMPARE(http.get("/api/v1/me", c.token).status, 200);
        QVERIFY(m_server.login(u"nina@example.fr"_qs, kPassword).empty());
        QVERIFY(!m_server.login(u"nina@example.fr"_qs, u"a new long password"_qs).empty());
    }

    void changingThePasswordClosesTheOtherSessionsLiveSockets()
    {
        const auto c = registerCustomer(m_server, u"live@example.fr"_qs, u"Live"_qs, kPassword);
        const std::string other = m_server.login(u"live@example.fr"_qs, kPassword);
        // The newest cursor, so that the hello's catch-up is short.
        qint64 since = 0;
        for (;;) {
            const Reply r =
                m_server.client().get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since));
            since = qint64(r.json().value(u"next"_qs).toDouble());
            if (!r.json().value(u"has_more"_qs).toBool())
                break;
        }
        QWebSocket socket;
        int closeCode = -1;
        int frames = 0;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&frames] { ++frames; });
        connect(&socket, &QWebSocket::disconnected, this, [&] { closeCode = socket.closeCode(); });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(m_server.wsUrl()));
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_qs, u"hello"_qs},
                                                        {u"token"_qs, QString::fromStdString(other)},
                                                        {u"since"_qs, double(since)}})
                                  .toJson(QJsonDocument::Compact)));
        QTRY_VERIFY_WITH_TIMEOUT(frames > 0, 10000);

        QCOMPARE(m_server.client()
                     .post("/api/v1/me/password",
                           {{u"current"_qs, kPassword}, {u"new"_qs, u"a new long password"_qs}}, c.token)
                     .status,
                 204);
        // The next push looks at the sockets' tokens again, because a revocation happened.
        QCOMPARE(m_server.client()
                     .post("/api/v1/inventory/adjustments",
                           {{u"sku"_qs, u"TSH-0001-L-GRIS-CHINE"_qs},
                            {u"location_id"_qs, u"loc_paris"_qs},
                            {u"delta"_qs, 1},
                            {u"reason"_qs, u"receipt"_qs}},
                           m_accounts.manager, {{"Idempotency-Key", "live-password"}})
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(closeCode, 4401, 3000);
    }

    void resetAnswersTheSameForAnUnknownAddress()
    {
        // Several accounts, one request each: the address limit (3 in a row) is not what is timed.
        QList<QString> known;
        for (int i = 0; i < 5; ++i) {
            const QString email = u"timing%1@example.fr"_qs.arg(i);
            QCOMPARE(registerCustomer(m_server, email, u"T"_qs, kPassword).registrationStatus, 201);
            known.append(email);
        }
        QList<qint64> knownMs, unknownMs;
        std::string knownBody, unknownBody;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const Reply k = resetRequest(known[i]);
            knownMs.append(t.restart());
            const Reply u = resetRequest(u"nobody%1@example.fr"_qs.arg(i));
            unknownMs.append(t.elapsed());
            QCOMPARE(k.status, 202);
            QCOMPARE(u.status, 202);
            knownBody = k.body;
            unknownBody = u.body;
        }
        QCOMPARE(QByteArray::fromStdString(unknownBody), QByteArray::fromStdString(knownBody));
        // Both paths write one row (an unknown address's can never be redeemed): the time of a
        // commit does not tell them apart either.
        const char* rows = "SELECT COUNT(*) FROM password_resets";
        const int before = countInDatabase(m_server, rows);
        QCOMPARE(resetRequest(u"nobody.else@example.fr"_qs).status, 202);
        QCOMPARE(countInDatabase(m_server, rows), before + 1);
        // The same work on both paths (a token hashed, one row written): no password hash, no
        // mail sent while the client waits. A generous bound, far below one password hash.
        const qint64 gap = std::abs(medianMs(knownMs) - medianMs(unknownMs));
        QVERIFY2(
            gap < 100,
            qPrintable(u"known %1 ms, unknown %2 ms"_qs.arg(medianMs(knownMs)).arg(medianMs(unknownMs))));
    }

    void resetIsRateLimitedPerAddress()
    {
        const QString email = u"ratelimited@example.fr"_qs;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(resetRequest(email).status, 202);
        const Reply limited = resetRequest(email);
        QCOMPARE(limited.status, 429);
        QVERIFY(std::stoi(limited.header("Retry-After")) > 0);
        // Another address is not held back by this one.
        QCOMPARE(resetRequest(u"someone.else@example.fr"_qs).status, 202);
    }

    void resetRefusesBadInput()
    {
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/auth/password-reset", QJsonObject{}).status, 422);
        QCOMPARE(c.post("/api/v1/auth/password-reset", {{u"email"_qs, 7}}).status, 422);
        QCOMPARE(c.post("/api/v1/auth/password-reset", {{u"email"_qs, u"not an address"_qs}}).status, 422);
        QCOMPARE(
            c.post("/api/v1/auth/password-reset", {{u"email"_qs, QString(300, u'a') + u"@x.fr"_qs}}).status,
            422);
        QCOMPARE(c.raw("POST", "/api/v1/auth/password-reset", "{", "application/json").status, 400);
        QCOMPARE(confirm(QString(), u"a long enough password"_qs).status, 422);
        QCOMPARE(confirm(u"guessed-token"_qs, u"a long enough password"_qs).errorFields(),
                 QStringList{u"token"_qs});
        QCOMPARE(confirm(u"guessed-token"_qs, u"short"_qs).status, 422);
        QCOMPARE(confirm(QString(600, u'x'), u"a long enough password"_qs).status, 422);
        QCOMPARE(c.get("/readyz").status, 200);
    }

    void resetMailIsWrittenOnceAsAnEmlFileAndItsTokenWorksOnce()
    {
        const QString email = u"oscar@example.fr"_qs;
        const auto customer = registerCustomer(m_server, email, u"Oscar"_qs, kPassword);
        const std::string second = m_server.login(email, kPassword);
        QCOMPARE(resetRequest(email).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(email).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(unsentMails(m_server), 0, 10000);
        const ReceivedMail mail = mailsTo(email).first();
        QCOMPARE(mail.subject(), u"Réinitialiser votre mot de passe Comptoir"_qs);
        QVERIFY(!mail.header("Message-ID").isEmpty());
        QVERIFY(!mail.header("Date").isEmpty());
        QVERIFY(mail.header("From").contains("no-reply@comptoir.local"));
        QVERIFY(mail.html().contains(u"comptoir://reset?token="_qs));
        // No temporary file is left beside it.
        QCOMPARE(QDir(mailDir()).entryList(QDir::Files | QDir::Hidden).size(), mailsIn(mailDir()).size());
        const QString token = resetToken(mail);
        QVERIFY(!token.isEmpty());

        QCOMPARE(confirm(token, u"short"_qs).status, 422); // refused before the token is spent
        QCOMPARE(confirm(token, u"the brand new password"_qs).status, 204);
        auto c = m_server.client();
        QCOMPARE(c.get("/api/v1/me", customer.token).status, 401);
        QCOMPARE(c.get("/api/v1/me", second).status, 401);
        const Reply reused = confirm(token, u"yet another password"_qs);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorFields(), QStringList{u"token"_qs});
        QVERIFY(m_server.login(email, kPassword).empty());
        QVERIFY(!m_server.login(email, u"the brand new password"_qs).empty());
    }

    void resetMailFollowsTheAccountsLanguage()
    {
        const QString email = u"olivia@example.com"_qs;
        const auto customer = registerCustomer(m_server, email, u"Olivia"_qs, kPassword);
        QCOMPARE(patchMe({{u"language"_qs, u"en"_qs}}, customer.token).status, 200);
        QCOMPARE(resetRequest(email).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(email).size(), 1, 10000);
        QCOMPARE(mailsTo(email).first().subject(), u"Reset your Comptoir password"_qs);
        QVERIFY(mailsTo(email).first().text().startsWith(u"Hello Olivia,"_qs));
    }

    void unknownAddressesGetNoMail()
    {
        QCOMPARE(resetRequest(u"ghost@example.fr"_qs).status, 202);
        // The known address asked after it has its mail; the unknown one never gets any.
        const QString email = u"after.ghost@example.fr"_qs;
        QCOMPARE(registerCustomer(m_server, email, u"A"_qs, kPassword).registrationStatus, 201);
        QCOMPARE(resetRequest(email).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(email).size(), 1, 10000);
        QVERIFY(mailsTo(u"ghost@example.fr"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerAccount)
#include "tst_customeraccount.moc"
