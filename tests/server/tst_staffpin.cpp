// Staff at a shared till (API.md, second part): registers enrolled as devices, staff PINs set
// with a password, PIN sign-in on a register per store and role, and the lock-out after five
// wrong PINs in a row (persistent, exact under a burst of concurrent guesses, cleared by the
// password). One server for the suite: every password sign-in counts toward its 30 a minute
// from one address, so the suite signs in by password fewer than 30 times.
#include "concurrentposts.h"
#include "databaseprobe.h"
#include "demoaccounts.h"
#include "tills.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace comptoir::test;

class TestStaffPin : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_admin, m_manager, m_staffParis, m_staffLyon;
    EnrolledRegister m_paris, m_lyon;

    // One value from the server's database, read as a test sees the store from outside.
    QString queryText(const QString& sql, const QByteArray& blob = {})
    {
        DatabaseProbe db(m_server);
        if (!db.isOpen())
            return u"(cannot open)"_qs;
        DatabaseProbe::Values values;
        if (!blob.isEmpty())
            values.emplace_back(blob);
        const auto found = db.cell(sql, values, DatabaseProbe::Read::Text);
        if (!found)
            return u"(no row)"_qs;
        return found->null ? u"(null)"_qs : QString::fromUtf8(found->bytes);
    }

    static QByteArray problemShape(const Reply& r)
    {
        QJsonObject o = r.json();
        o.remove(u"request_id"_qs);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        m_staffLyon = m_server.login(u"staff.lyon@demo.comptoir.fr"_qs);
        QVERIFY(!m_admin.empty() && !m_manager.empty() && !m_staffParis.empty() && !m_staffLyon.empty());
        auto c = m_server.client();
        m_paris = enrolRegister(c, m_manager, u"loc_paris"_qs);
        m_lyon = enrolRegister(c, m_manager, u"loc_lyon"_qs);
        QVERIFY(!m_paris.token.empty() && !m_lyon.token.empty());
        QCOMPARE(setPin(c, m_staffParis, u"2468"_qs), 204);
        QCOMPARE(setPin(c, m_staffLyon, u"1357"_qs), 204);
        QCOMPARE(setPin(c, m_manager, u"90210"_qs), 204);
        QCOMPARE(setPin(c, m_admin, u"11223344"_qs), 204);
    }

    void aRegisterIsEnrolledAndItsTokenIsNotStaff()
    {
        auto c = m_server.client();
        const Reply enrolled = c.post(
            "/api/v1/devices",
            {{u"name"_qs, u"Caisse 2"_qs}, {u"store_id"_qs, u"loc_paris"_qs}, {u"kind"_qs, u"register"_qs}},
            m_manager);
        QCOMPARE(enrolled.status, 201);
        QCOMPARE(enrolled.json().value(u"kind"_qs).toString(), u"register"_qs);
        const std::string token = enrolled.json().value(u"token"_qs).toString().toStdString();
        const Reply me = c.get("/api/v1/me", token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"role"_qs).toString(), u"register"_qs);
        QCOMPARE(me.json().value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        // By itself a till is no one: it moves no stock, sets no PIN, creates no account.
        const QJsonObject adjustment{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs},
                                     {u"location_id"_qs, u"loc_paris"_qs},
                                     {u"delta"_qs, 5},
                                     {u"reason"_qs, u"receipt"_qs}};
        const Reply refused = c.post("/api/v1/inventory/adjustments", adjustment, token,
                                     {{"Idempotency-Key", "register-adjusts"}});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.header("Content-Type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(setPin(c, token, u"1234"_qs), 403);
        QCOMPARE(c.post("/api/v1/users",
                        {{u"email"_qs, u"x@example.fr"_qs},
                         {u"password"_qs, u"long enough pw"_qs},
                         {u"name"_qs, u"X"_qs},
                         {u"role"_qs, u"staff"_qs},
                         {u"store_id"_qs, u"loc_paris"_qs}},
                        token)
                     .status,
                 403);
        QCOMPARE(c.get("/api/v1/inventory/movements?sku=TSH-0001-S-GRIS-CHINE", token).status, 403);
        // Staff may not enrol one, and a kind that is neither is refused on its field.
        QCOMPARE(
            c.post("/api/v1/devices",
                   {{u"name"_qs, u"x"_qs}, {u"store_id"_qs, u"loc_paris"_qs}, {u"kind"_qs, u"register"_qs}},
                   m_staffParis)
                .status,
            403);
        QCOMPARE(c.post("/api/v1/devices",
                        {{u"name"_qs, u"x"_qs}, {u"store_id"_qs, u"loc_paris"_qs}, {u"kind"_qs, u"till"_qs}},
                        m_manager)
                     .errorFields(),
                 QStringList{u"kind"_qs});
    }

    void staffSignInByPinAtTheirOwnStoresRegister()
    {
        auto c = m_server.client();
        const Reply r = pinSignIn(c, m_paris.token, u"Staff.Paris@demo.comptoir.fr"_qs, u"2468"_qs);
        QCOMPARE(r.status, 200);
        // The /auth/login answer, exactly.
        QCOMPARE(r.json().keys(), (QStringList{u"expires_at"_qs, u"token"_qs, u"user"_qs}));
        const QJsonObject user = r.json().value(u"user"_qs).toObject();
        QCOMPARE(user.value(u"email"_qs).toString(), u"staff.paris@demo.comptoir.fr"_qs);
        QCOMPARE(user.value(u"role"_qs).toString(), u"staff"_qs);
        QCOMPARE(user.value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        const QDateTime expires =
            QDateTime::fromString(r.json().value(u"expires_at"_qs).toString(), Qt::ISODate);
        QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(12 * 3600));
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(11 * 3600));

        // The token is the person's: staff things work with it, at their store.
        const std::string token = r.json().value(u"token"_qs).toString().toStdString();
        QCOMPARE(c.get("/api/v1/me", token).json().value(u"id"_qs), user.value(u"id"_qs));
        const Reply adjusted = c.post("/api/v1/inventory/adjustments",
                                      {{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs},
                                       {u"location_id"_qs, u"loc_paris"_qs},
                                       {u"delta"_qs, 1},
                                       {u"reason"_qs, u"receipt"_qs}},
                                      token, {{"Idempotency-Key", "pin-token-adjusts"}});
        QCOMPARE(adjusted.status, 201);

        // It remembers the register it was obtained on, stored with the token.
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray::fromStdString(token), QCryptographicHash::Sha256);
        QCOMPARE(queryText(u"SELECT register_id FROM tokens WHERE hash = ?"_qs, hash), m_paris.userId);
        const QByteArray passwordHash =
            QCryptographicHash::hash(QByteArray::fromStdString(m_staffParis), QCryptographicHash::Sha256);
        QCOMPARE(queryText(u"SELECT register_id FROM tokens WHERE hash = ?"_qs, passwordHash), u"(null)"_qs);
    }

    void staffOfAnotherStoreAreRefusedManagersAndAdminsSignInAnywhere()
    {
        auto c = m_server.client();
        const Reply lyonAtParis = pinSignIn(c, m_paris.token, u"staff.lyon@demo.comptoir.fr"_qs, u"1357"_qs);
        QCOMPARE(lyonAtParis.status, 403);
        QVERIFY(lyonAtParis.json().value(u"token"_qs).isUndefined());
        QCOMPARE(pinSignIn(c, m_lyon.token, u"staff.lyon@demo.comptoir.fr"_qs, u"1357"_qs).status, 200);
        QCOMPARE(pinSignIn(c, m_lyon.token, u"staff.paris@demo.comptoir.fr"_qs, u"2468"_qs).status, 403);
        for (const std::string& till : {m_paris.token, m_lyon.token}) {
            const Reply manager = pinSignIn(c, till, u"manager@demo.comptoir.fr"_qs, u"90210"_qs);
            QCOMPARE(manager.status, 200);
            QCOMPARE(manager.json().value(u"user"_qs).toObject().value(u"role"_qs).toString(), u"manager"_qs);
            QCOMPARE(pinSignIn(c, till, u"admin@demo.comptoir.fr"_qs, u"11223344"_qs).status, 200);
        }
    }

    void onlyARegistersOwnTokenSignsInByPin()
    {
        auto c = m_server.client();
        const QJsonObject body{{u"email"_qs, u"staff.paris@demo.comptoir.fr"_qs}, {u"pin"_qs, u"2468"_qs}};
        QCOMPARE(c.post("/api/v1/auth/pin", body).status, 401);
        QCOMPARE(c.post("/api/v1/auth/pin", body, "forged").status, 401);
        QCOMPARE(c.post("/api/v1/auth/pin", body, m_server.kioskToken(u"loc_paris"_qs)).status, 403);
        QCOMPARE(c.post("/api/v1/auth/pin", body, m_staffParis).status, 403);
        QCOMPARE(c.post("/api/v1/auth/pin", body, m_manager).status, 403);
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"pin.customer@example.fr"_qs, u"Client"_qs, u"a long password"_qs);
        QVERIFY(!customer.token.empty());
        QCOMPARE(c.post("/api/v1/auth/pin", body, customer.token).status, 403);
        // A PIN token is a person's, not a till's: it signs no one else in.
        const std::string pinToken =
            pinSignIn(c, m_paris.token, u"staff.paris@demo.comptoir.fr"_qs, u"2468"_qs)
                .json()
                .value(u"token"_qs)
                .toString()
                .toStdString();
        QVERIFY(!pinToken.empty());
        QCOMPARE(c.post("/api/v1/auth/pin", body, pinToken).status, 403);
        // A kiosk is refused whatever its body holds.
        QCOMPARE(c.raw("POST", "/api/v1/auth/pin", "{nope", "application/json",
                       m_server.kioskToken(u"loc_paris"_qs))
                     .status,
                 403);
    }

    void malformedPinSignInsChangeNothing()
    {
        auto c = m_server.client();
        const Reply notJson =
            c.raw("POST", "/api/v1/auth/pin", "{\"email\":", "application/json", m_paris.token);
        QCOMPARE(notJson.status, 400);
        QVERIFY(notJson.header("Content-Type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(c.raw("POST", "/api/v1/auth/pin", "email=a&pin=1", "application/x-www-form-urlencoded",
                       m_paris.token)
                     .status,
                 415);
        const Reply missing = c.post("/api/v1/auth/pin", {}, m_paris.token);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorFields(), (QStringList{u"email"_qs, u"pin"_qs}));
        QCOMPARE(
            c.post("/api/v1/auth/pin", {{u"email"_qs, 5}, {u"pin"_qs, 2468}}, m_paris.token).errorFields(),
            (QStringList{u"email"_qs, u"pin"_qs}));
        const Reply huge = c.raw("POST", "/api/v1/auth/pin",
                                 "{\"email\":\"" + std::string(2 << 20, 'a') + "\",\"pin\":\"2468\"}",
                                 "application/json", m_paris.token);
        QCOMPARE(huge.status, 413);
        QVERIFY(huge.header("Content-Type").rfind("application/problem+json", 0) == 0);
        // None of these counted as a wrong PIN.
        QCOMPARE(queryText(u"SELECT pin_failures FROM users WHERE email = 'staff.paris@demo.comptoir.fr'"_qs),
                 u"0"_qs);
    }

    void fiveWrongPinsLockUntilThePasswordIsUsed()
    {
        auto c = m_server.client();
        const QString email = u"lock.me@demo.comptoir.fr"_qs;
        const std::string password = createAndSignIn(m_server, m_admin, email, u"staff"_qs, u"loc_paris"_qs);
        QVERIFY(!password.empty());
        QCOMPARE(setPin(c, password, u"4321"_qs), 204);

        // Wrong PIN, unknown email and an account without a PIN answer the same.
        const Reply wrong = pinSignIn(c, m_paris.token, email, u"0000"_qs);
        QCOMPARE(wrong.status, 401);
        const Reply unknown = pinSignIn(c, m_paris.token, u"nobody@demo.comptoir.fr"_qs, u"0000"_qs);
        const Reply noPin = pinSignIn(c, m_paris.token, u"staff.bordeaux@demo.comptoir.fr"_qs, u"0000"_qs);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(noPin.status, 401);
        QCOMPARE(problemShape(unknown), problemShape(wrong));
        QCOMPARE(problemShape(noPin), problemShape(wrong));

        for (int i = 2; i <= 5; ++i)
            QCOMPARE(pinSignIn(c, m_paris.token, email, u"000%1"_qs.arg(i)).status, 401);
        // Now even the right PIN is not checked.
        const Reply locked = pinSignIn(c, m_paris.token, email, u"4321"_qs);
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.json().value(u"status"_qs).toInt(), 423);
        QCOMPARE(locked.json().value(u"title"_qs).toString(), u"Locked"_qs);
        QVERIFY(locked.header("Content-Type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(pinSignIn(c, m_lyon.token, email, u"4321"_qs).status, 423); // every till
        // Others are not affected.
        QCOMPARE(pinSignIn(c, m_paris.token, u"staff.paris@demo.comptoir.fr"_qs, u"2468"_qs).status, 200);

        // The count is in the store: a restarted server still refuses.
        QVERIFY(m_server.restart());
        auto restarted = m_server.client();
        QCOMPARE(pinSignIn(restarted, m_paris.token, email, u"4321"_qs).status, 423);

        // The password unlocks it.
        QVERIFY(!m_server.login(email).empty());
        QCOMPARE(pinSignIn(restarted, m_paris.token, email, u"4321"_qs).status, 200);
    }

    void settingANewPinStartsTheCountAgain()
    {
        auto c = m_server.client();
        const QString email = u"new.pin@demo.comptoir.fr"_qs;
        const std::string password = createAndSignIn(m_server, m_admin, email, u"staff"_qs, u"loc_paris"_qs);
        QVERIFY(!password.empty());
        QCOMPARE(setPin(c, password, u"1111"_qs), 204);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pinSignIn(c, m_paris.token, email, u"9999"_qs).status, 401);
        QCOMPARE(setPin(c, password, u"22222"_qs), 204);
        // Four more wrong ones would lock at the sixth in a row had the new PIN not reset the count.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pinSignIn(c, m_paris.token, email, u"9999"_qs).status, 401);
        QCOMPARE(pinSignIn(c, m_paris.token, email, u"1111"_qs).status, 401); // the old PIN is gone
        QCOMPARE(pinSignIn(c, m_paris.token, email, u"22222"_qs).status, 423);
    }

    void aBurstOfWrongPinsChecksAtMostFive()
    {
        auto c = m_server.client();
        const QString email = u"burst@demo.comptoir.fr"_qs;
        const std::string password = createAndSignIn(m_server, m_admin, email, u"staff"_qs, u"loc_paris"_qs);
        QVERIFY(!password.empty());
        QCOMPARE(setPin(c, password, u"8642"_qs), 204);
        const RaceTally tally =
            postConcurrently(m_server.port(), "/api/v1/auth/pin",
                             {{u"email"_qs, email}, {u"pin"_qs, u"1111"_qs}}, m_paris.token, "unused", 20);
        QCOMPARE(tally.statuses.value(401), 5);
        QCOMPARE(tally.statuses.value(423), 15);
        QCOMPARE(tally.statuses.size(), 2);
        QCOMPARE(pinSignIn(c, m_paris.token, email, u"8642"_qs).status, 423);
    }

    void aPinIsFourToEightDigitsSetWithAPassword()
    {
        auto c = m_server.client();
        const QString email = u"set.pin@demo.comptoir.fr"_qs;
        const std::string password = createAndSignIn(m_server, m_admin, email, u"staff"_qs, u"loc_paris"_qs);
        QVERIFY(!password.empty());
        for (const QString& bad :
             {u"123"_qs, u"123456789"_qs, u"12a4"_qs, u"12 34"_qs, u""_qs,
              u"\u0661\u0662\u0663\u0664"_qs /* Arabic-Indic digits */, u"１２３４"_qs}) {
            const Reply r = c.put("/api/v1/me/pin", {{u"pin"_qs, bad}}, password);
            QVERIFY2(r.status == 422, qPrintable(bad));
            QCOMPARE(r.errorFields(), QStringList{u"pin"_qs});
        }
        QCOMPARE(c.put("/api/v1/me/pin", {{u"pin"_qs, 1234}}, password).errorFields(),
                 QStringList{u"pin"_qs});
        QCOMPARE(c.put("/api/v1/me/pin", {{u"pin"_qs, QJsonValue()}}, password).errorFields(),
                 QStringList{u"pin"_qs});
        QCOMPARE(c.put("/api/v1/me/pin", {}, password).errorFields(), QStringList{u"pin"_qs});
        QCOMPARE(c.raw("PUT", "/api/v1/me/pin", "{\"pin\":", "application/json", password).status, 400);
        QCOMPARE(c.raw("PUT", "/api/v1/me/pin", "pin=1234", "text/plain", password).status, 415);
        QCOMPARE(c.raw("PUT", "/api/v1/me/pin", "{\"pin\":\"" + std::string(2 << 20, '1') + "\"}",
                       "application/json", password)
                     .status,
                 413);
        // Nothing above set a PIN.
        QCOMPARE(queryText(u"SELECT pin_hash FROM users WHERE email = '%1'"_qs.arg(email)), u"(null)"_qs);

        QCOMPARE(setPin(c, password, u"00001234"_qs), 204);
        // Kept as a password is: salted PBKDF2, never the digits.
        const QString stored = queryText(u"SELECT pin_hash FROM users WHERE email = '%1'"_qs.arg(email));
        QVERIFY2(stored.startsWith(u"pbkdf2-sha256$"_qs), qPrintable(stored));
        QVERIFY(!stored.contains(u"00001234"_qs));

        // Nobody below staff sets one; nobody unsigned.
        QCOMPARE(c.put("/api/v1/me/pin", {{u"pin"_qs, u"1234"_qs}}).status, 401);
        QCOMPARE(
            c.put("/api/v1/me/pin", {{u"pin"_qs, u"1234"_qs}}, m_server.kioskToken(u"loc_paris"_qs)).status,
            403);
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"pin.setter@example.fr"_qs, u"Client"_qs, u"a long password"_qs);
        QCOMPARE(c.put("/api/v1/me/pin", {{u"pin"_qs, u"1234"_qs}}, customer.token).status, 403);

        // A token from a PIN sign-in may not change the PIN, whatever it sends.
        const std::string pinToken = pinSignIn(c, m_paris.token, email, u"00001234"_qs)
                                         .json()
                                         .value(u"token"_qs)
                                         .toString()
                                         .toStdString();
        QVERIFY(!pinToken.empty());
        QCOMPARE(setPin(c, pinToken, u"5555"_qs), 403);
        QCOMPARE(c.put("/api/v1/me/pin", {{u"pin"_qs, 5}}, pinToken).status, 403);
        QCOMPARE(queryText(u"SELECT pin_hash FROM users WHERE email = '%1'"_qs.arg(email)), stored);
        QCOMPARE(pinSignIn(c, m_paris.token, email, u"00001234"_qs).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
