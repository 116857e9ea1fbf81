// Accounts and sessions: registration, sign-in, tokens (expiry, revocation), roles and store
// binding, kiosk enrolment and sign-in throttling.
#include "databaseprobe.h"
#include "testserver.h"

#include <QtTest>

using namespace comptoir::test;

class TestAuth : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_admin;
    std::string m_manager;
    std::string m_staffParis;

    static QJsonObject account(const QString& email, const QString& password = u"correct horse battery"_qs)
    {
        return {{u"email"_qs, email}, {u"password"_qs, password}, {u"name"_qs, u"Léa Dupont"_qs}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QVERIFY(!m_admin.empty() && !m_manager.empty() && !m_staffParis.empty());
    }

    void registersACustomerAndSignsIn()
    {
        auto c = m_server.client();
        const Reply created = c.post("/api/v1/auth/register", account(u"Lea.Dupont@Example.fr"_qs));
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.json().value(u"user"_qs).toObject();
        QCOMPARE(user.value(u"email"_qs).toString(), u"lea.dupont@example.fr"_qs);
        QCOMPARE(user.value(u"role"_qs).toString(), u"customer"_qs);
        QCOMPARE(user.value(u"name"_qs).toString(), u"Léa Dupont"_qs);
        QVERIFY(user.value(u"store_id"_qs).isNull());
        QVERIFY(!created.body.empty() && created.body.find("password") == std::string::npos);

        const Reply login = c.post("/api/v1/auth/login", {{u"email"_qs, u"lea.dupont@example.fr"_qs},
                                                          {u"password"_qs, u"correct horse battery"_qs}});
        QCOMPARE(login.status, 200);
        const QString token = login.json().value(u"token"_qs).toString();
        QVERIFY(token.size() >= 40);
        const QDateTime expires =
            QDateTime::fromString(login.json().value(u"expires_at"_qs).toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(6));
        QCOMPARE(login.json().value(u"user"_qs).toObject().value(u"id"_qs), user.value(u"id"_qs));

        const Reply me = c.get("/api/v1/me", token.toStdString());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"id"_qs), user.value(u"id"_qs));
        QCOMPARE(me.json().value(u"email"_qs).toString(), u"lea.dupont@example.fr"_qs);
    }

    void refusesDuplicateAndInvalidRegistrations()
    {
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/auth/register", account(u"twice@example.fr"_qs)).status, 201);
        QCOMPARE(c.post("/api/v1/auth/register", account(u"TWICE@example.fr"_qs)).status, 409);

        const Reply shortPassword =
            c.post("/api/v1/auth/register", account(u"short@example.fr"_qs, u"123456789"_qs));
        QCOMPARE(shortPassword.status, 422);
        QCOMPARE(shortPassword.errorFields(), QStringList{u"password"_qs});

        const Reply badEmail = c.post("/api/v1/auth/register", account(u"not-an-email"_qs));
        QCOMPARE(badEmail.status, 422);
        QCOMPARE(badEmail.errorFields(), QStringList{u"email"_qs});

        const Reply missing = c.post("/api/v1/auth/register", QJsonObject{});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorFields(), (QStringList{u"email"_qs, u"password"_qs, u"name"_qs}));

        const Reply wrongTypes = c.post(
            "/api/v1/auth/register", {{u"email"_qs, 42}, {u"password"_qs, true}, {u"name"_qs, QJsonArray{}}});
        QCOMPARE(wrongTypes.status, 422);
        QCOMPARE(wrongTypes.errorFields().size(), 3);
    }

    void wrongCredentialsLookTheSameForUnknownEmails()
    {
        auto c = m_server.client();
        const Reply wrongPassword =
            c.post("/api/v1/auth/login",
                   {{u"email"_qs, u"manager@demo.comptoir.fr"_qs}, {u"password"_qs, u"not the password"_qs}});
        const Reply unknown = c.post("/api/v1/auth/login", {{u"email"_qs, u"nobody@demo.comptoir.fr"_qs},
                                                            {u"password"_qs, u"whatever123"_qs}});
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(unknown.status, 401);
        QJsonObject a = wrongPassword.json(), b = unknown.json();
        a.remove(u"request_id"_qs);
        b.remove(u"request_id"_qs);
        QCOMPARE(a, b);
    }

    void logoutRevokesTheTokenAtOnce()
    {
        auto c = m_server.client();
        const std::string token = m_server.login(u"staff.lyon@demo.comptoir.fr"_qs);
        QCOMPARE(c.get("/api/v1/me", token).status, 200);
        QCOMPARE(c.post("/api/v1/auth/logout", {}, token).status, 204);
        const Reply after = c.get("/api/v1/me", token);
        QCOMPARE(after.status, 401);
        QVERIFY(after.header("Content-Type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(c.post("/api/v1/auth/logout", {}, token).status, 401);
    }

    void missingMalformedAndForgedTokensAre401()
    {
        auto c = m_server.client();
        QCOMPARE(c.get("/api/v1/me").status, 401);
        QCOMPARE(c.get("/api/v1/me", "forged-token").status, 401);
        QCOMPARE(c.get("/api/v1/me", {}, {{"Authorization", "Basic dXNlcjpwYXNz"}}).status, 401);
        QCOMPARE(c.get("/api/v1/me", {}, {{"Authorization", "Bearer "}}).status, 401);
        QCOMPARE(c.get("/api/v1/me", std::string(5000, 'a')).status, 401);
    }

    void expiredTokensAre401()
    {
        auto c = m_server.client();
        const std::string token = m_server.login(u"staff.bordeaux@demo.comptoir.fr"_qs);
        QCOMPARE(c.get("/api/v1/me", token).status, 200);
        // Age every token of this account in the real database, as time passing would.
        DatabaseProbe db(m_server);
        const auto aged = db.exec(u"UPDATE tokens SET expires_at = ? WHERE user_id = "
                                  "(SELECT id FROM users WHERE email = 'staff.bordeaux@demo.comptoir.fr')"_qs,
                                  {QDateTime::currentSecsSinceEpoch() - 1});
        QVERIFY2(aged.has_value(), qPrintable(db.lastError()));
        QCOMPARE(c.get("/api/v1/me", token).status, 401);
    }

    void adminCreatesStaffBoundToAStore()
    {
        auto c = m_server.client();
        QJsonObject body = account(u"new.staff@demo.comptoir.fr"_qs);
        body.insert(u"role"_qs, u"staff"_qs);
        body.insert(u"store_id"_qs, u"loc_lyon"_qs);
        const Reply created = c.post("/api/v1/users", body, m_admin);
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.json().value(u"user"_qs).toObject();
        QCOMPARE(user.value(u"role"_qs).toString(), u"staff"_qs);
        QCOMPARE(user.value(u"store_id"_qs).toString(), u"loc_lyon"_qs);
        const std::string token =
            m_server.login(u"new.staff@demo.comptoir.fr"_qs, u"correct horse battery"_qs);
        QCOMPARE(c.get("/api/v1/me", token).json().value(u"store_id"_qs).toString(), u"loc_lyon"_qs);
    }

    void onlyAdminsCreateUsersAndStaffNeedAStore()
    {
        auto c = m_server.client();
        QJsonObject body = account(u"someone@demo.comptoir.fr"_qs);
        body.insert(u"role"_qs, u"manager"_qs);
        QCOMPARE(c.post("/api/v1/users", body, m_manager).status, 403);
        QCOMPARE(c.post("/api/v1/users", body, m_staffParis).status, 403);
        QCOMPARE(c.post("/api/v1/users", body).status, 401);

        body.insert(u"role"_qs, u"staff"_qs);
        const Reply noStore = c.post("/api/v1/users", body, m_admin);
        QCOMPARE(noStore.status, 422);
        QCOMPARE(noStore.errorFields(), QStringList{u"store_id"_qs});

        body.insert(u"store_id"_qs, u"loc_warehouse"_qs);
        QCOMPARE(c.post("/api/v1/users", body, m_admin).status, 422);
        body.insert(u"role"_qs, u"emperor"_qs);
        QCOMPARE(c.post("/api/v1/users", body, m_admin).errorFields(), QStringList{u"role"_qs});
    }

    void managersEnrolKiosksBoundToTheirStore()
    {
        auto c = m_server.client();
        const Reply enrolled =
            c.post("/api/v1/devices", {{u"name"_qs, u"Borne entrée"_qs}, {u"store_id"_qs, u"loc_paris"_qs}},
                   m_manager);
        QCOMPARE(enrolled.status, 201);
        const std::string kiosk = enrolled.json().value(u"token"_qs).toString().toStdString();
        QVERIFY(!enrolled.json().value(u"device_id"_qs).toString().isEmpty());
        const Reply me = c.get("/api/v1/me", kiosk);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"role"_qs).toString(), u"kiosk"_qs);
        QCOMPARE(me.json().value(u"store_id"_qs).toString(), u"loc_paris"_qs);

        QCOMPARE(c.post("/api/v1/devices", {{u"name"_qs, u"x"_qs}, {u"store_id"_qs, u"loc_paris"_qs}},
                        m_staffParis)
                     .status,
                 403);
        QCOMPARE(
            c.post("/api/v1/devices", {{u"name"_qs, u"x"_qs}, {u"store_id"_qs, u"loc_nowhere"_qs}}, m_manager)
                .errorFields(),
            QStringList{u"store_id"_qs});
        // The demo kiosks were enrolled too, one per store.
        QCOMPARE(
            c.get("/api/v1/me", m_server.kioskToken(u"loc_lyon"_qs)).json().value(u"store_id"_qs).toString(),
            u"loc_lyon"_qs);
    }

    void tenFailuresInARowLockTheAccount()
    {
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/auth/register", account(u"target@example.fr"_qs)).status, 201);
        const QJsonObject wrong{{u"email"_qs, u"target@example.fr"_qs},
                                {u"password"_qs, u"wrong-password"_qs}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(c.post("/api/v1/auth/login", wrong).status, 401);
        const Reply locked = c.post("/api/v1/auth/login", {{u"email"_qs, u"target@example.fr"_qs},
                                                           {u"password"_qs, u"correct horse battery"_qs}});
        QCOMPARE(locked.status, 429);
        QVERIFY(std::stoi(locked.header("Retry-After")) > 0);
        QCOMPARE(locked.json().value(u"status"_qs).toInt(), 429);
        // Other accounts are not affected.
        QVERIFY(!m_server.login(u"staff.lyon@demo.comptoir.fr"_qs).empty());
    }

    void thirtyAttemptsAMinuteFromOneAddressAreThrottled()
    {
        TestServer fresh;
        QVERIFY2(fresh.start(), qPrintable(fresh.lastError()));
        auto c = fresh.client();
        int throttledAt = -1;
        for (int i = 0; i < 31 && throttledAt < 0; ++i) {
            const QJsonObject attempt{{u"email"_qs, u"user%1@example.fr"_qs.arg(i)},
                                      {u"password"_qs, u"whatever-123"_qs}};
            const Reply r = c.post("/api/v1/auth/login", attempt);
            if (r.status == 429) {
                throttledAt = i;
                QVERIFY(!r.header("Retry-After").empty());
            } else {
                QCOMPARE(r.status, 401);
            }
        }
        QCOMPARE(throttledAt, 30);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
