// A customer's own data on the server (API.md, Customers; issue 15): addresses, the wishlist and
// the cart with its If-Match version. Only customers reach them, one customer never reaches
// another's (404, and nothing of theirs in the other's feed), hostile text is refused naming the
// field or kept exactly as sent, and two devices saving one cart at once never overwrite each
// other unseen.
#include "concurrentposts.h"
#include "demoaccounts.h"
#include "tills.h"

#include <QtTest>

using namespace comptoir::test;

namespace {

QJsonObject frenchAddress()
{
    return {{u"label"_qs, u"Maison"_qs},
            {u"name"_qs, u"Claire Martin"_qs},
            {u"line1"_qs, u"12 rue de la Roquette"_qs},
            {u"postal_code"_qs, u"75011"_qs},
            {u"city"_qs, u"Paris"_qs},
            {u"country"_qs, u"FR"_qs},
            {u"phone"_qs, u"+33 6 12 34 56 78"_qs}};
}

QJsonObject with(QJsonObject body, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    return body;
}

QJsonObject cartBody(const QJsonArray& lines, const QJsonValue& promo = QJsonValue())
{
    return {{u"lines"_qs, lines}, {u"promo_code"_qs, promo}};
}

QJsonObject line(const QString& sku, const QJsonValue& quantity)
{
    return {{u"sku"_qs, sku}, {u"quantity"_qs, quantity}};
}

httplib::Headers ifMatch(const std::string& value)
{
    return {{"If-Match", value}};
}

httplib::Headers ifMatch(qint64 version)
{
    return ifMatch("\"" + std::to_string(version) + "\"");
}

const std::string kAddresses = "/api/v1/me/addresses";
const std::string kWishlist = "/api/v1/me/wishlist";
const std::string kCart = "/api/v1/me/cart";

} // namespace

class TestCustomerData : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccounts m_accounts;
    RegisteredCustomer m_claire;
    RegisteredCustomer m_bruno;
    QStringList m_skus;       // active SKUs of distinct demo products, for carts
    QStringList m_productIds; // their products, in the same order
    int m_customers = 0;
    std::string m_register; // a till's own token: it ranks with customers, and is still no customer

    RegisteredCustomer newCustomer()
    {
        const QString email = u"client.%1@example.fr"_qs.arg(++m_customers);
        return registerCustomer(m_server, email, u"Client %1"_qs.arg(m_customers), u"un mot de passe sûr"_qs);
    }

    qint64 cartVersion(const std::string& token)
    {
        return m_server.client().get(kCart, token).json().value(u"version"_qs).toInteger(-1);
    }

    // The last seq of the whole change log (a manager sees every change but a customer's own).
    qint64 feedHead()
    {
        qint64 since = 0;
        for (int page = 0; page < 200; ++page) {
            const QJsonObject body =
                m_server.client()
                    .get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since), m_accounts.manager)
                    .json();
            since = body.value(u"next"_qs).toInteger();
            if (!body.value(u"has_more"_qs).toBool())
                break;
        }
        return since;
    }

    // "entity:id" of the customer-data changes after `since` that `token` is given.
    QStringList customerChanges(qint64 since, const std::string& token)
    {
        QStringList out;
        const Reply r =
            m_server.client().get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since), token);
        for (const QJsonValue& v : r.json().value(u"changes"_qs).toArray()) {
            const QString entity = v.toObject().value(u"entity"_qs).toString();
            if (entity == u"address" || entity == u"wishlist" || entity == u"cart")
                out.append(entity + u':' + v.toObject().value(u"id"_qs).toString() + u':' +
                           v.toObject().value(u"op"_qs).toString());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_claire = newCustomer();
        m_bruno = newCustomer();
        QCOMPARE(m_claire.registrationStatus, 201);
        QCOMPARE(m_bruno.registrationStatus, 201);
        QVERIFY(!m_claire.token.empty() && !m_bruno.token.empty());
        auto enrol = m_server.client();
        m_register = enrolRegister(enrol, m_accounts.manager, u"loc_paris"_qs).token;
        QVERIFY(!m_register.empty());

        auto c = m_server.client();
        for (const QJsonValue& v : c.get("/api/v1/products?limit=12&sort=name").items()) {
            const QJsonObject p = v.toObject();
            m_productIds.append(p.value(u"id"_qs).toString());
            m_skus.append(p.value(u"variants"_qs).toArray().first().toObject().value(u"sku"_qs).toString());
        }
        QCOMPARE(m_skus.size(), 12);
    }

    void onlyCustomersReachTheirData_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list addresses") << u"GET"_qs << u"/api/v1/me/addresses"_qs;
        QTest::newRow("add address") << u"POST"_qs << u"/api/v1/me/addresses"_qs;
        QTest::newRow("edit address") << u"PATCH"_qs << u"/api/v1/me/addresses/adr_x"_qs;
        QTest::newRow("delete address") << u"DELETE"_qs << u"/api/v1/me/addresses/adr_x"_qs;
        QTest::newRow("wishlist") << u"GET"_qs << u"/api/v1/me/wishlist"_qs;
        QTest::newRow("wish") << u"PUT"_qs << u"/api/v1/me/wishlist/prd_0001"_qs;
        QTest::newRow("unwish") << u"DELETE"_qs << u"/api/v1/me/wishlist/prd_0001"_qs;
        QTest::newRow("cart") << u"GET"_qs << u"/api/v1/me/cart"_qs;
        QTest::newRow("save cart") << u"PUT"_qs << u"/api/v1/me/cart"_qs;
    }

    void onlyCustomersReachTheirData()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        auto c = m_server.client();
        const std::string body = method == u"PUT" && path.endsWith(u"cart")
                                     ? R"({"lines":[]})"
                                     : QJsonDocument(frenchAddress()).toJson().toStdString();
        const auto send = [&](const std::string& token) {
            // The cart's PUT without If-Match: who may ask comes before what the request lacks.
            return c.raw(method.toStdString(), path.toStdString(), body, "application/json", token);
        };
        const Reply nobody = send({});
        QCOMPARE(nobody.status, 401);
        QCOMPARE(nobody.header("Content-Type"), std::string("application/problem+json"));
        for (const std::string& token :
             {m_accounts.staffParis, m_accounts.kioskParis, m_accounts.manager, m_register}) {
            const Reply r = send(token);
            QCOMPARE(r.status, 403);
            QVERIFY(!r.json().value(u"detail"_qs).toString().isEmpty());
        }
        QCOMPARE(send("not-a-token").status, 401);
    }

    void addressKeepsHostileTextExactlyAsSent()
    {
        auto c = m_server.client();
        const QJsonObject sent{
            {u"label"_qs, u"Chez Zoé 🏡 <script>alert(1)</script>"_qs},
            {u"name"_qs, u"Robert'); DROP TABLE addresses;--"_qs},
            {u"line1"_qs, u"<b>3</b> allée des Érables & \"Tilleuls\" %s %n \\x00"_qs},
            {u"line2"_qs, u"שלום عربي 中文 👩‍👩‍👧"_qs}, // right-to-left letters are
                                                                              // text; overrides are not
            {u"postal_code"_qs, u"69002"_qs},
            {u"city"_qs, u"Lyon"_qs},
            {u"country"_qs, u"fr"_qs},
            {u"phone"_qs, u"+33 (0)4 78.00-00-00"_qs}};
        const Reply added = c.post(kAddresses, sent, m_claire.token);
        QCOMPARE(added.status, 201);
        const QJsonObject a = added.json();
        const QString id = a.value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(added.header("Location"), kAddresses + "/" + id.toStdString());
        QJsonObject expected = sent;
        expected.insert(u"country"_qs, u"FR"_qs); // the same code, in the case ISO writes it
        expected.insert(u"id"_qs, id);
        QCOMPARE(a, expected);

        const Reply list = c.get(kAddresses, m_claire.token);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json().contains(u"next_cursor"_qs));
        QVERIFY(list.items().contains(expected));
        // Nothing was interpreted: the other tables are still there.
        QCOMPARE(c.get("/api/v1/products/" + m_productIds.first().toStdString()).status, 200);
    }

    void refusesBadAddressFieldsNamingThem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("refused"); // the field the answer names
        const QString rlo = QString(QChar(0x202e));
        const QString isolate = QString(QChar(0x2066));
        QTest::newRow("name too long") << u"name"_qs << QJsonValue(QString(101, u'é')) << u"name"_qs;
        QTest::newRow("line1 of 100 kB") << u"line1"_qs << QJsonValue(QString(100000, u'a')) << u"line1"_qs;
        QTest::newRow("line break") << u"line1"_qs << QJsonValue(u"12 rue\nde Paris"_qs) << u"line1"_qs;
        QTest::newRow("tab") << u"city"_qs << QJsonValue(u"Pa\tris"_qs) << u"city"_qs;
        QTest::newRow("nul") << u"name"_qs << QJsonValue(u"Cl"_qs + QChar(0) + u"aire"_qs) << u"name"_qs;
        QTest::newRow("escape") << u"label"_qs << QJsonValue(u"\x1b[31mred"_qs) << u"label"_qs;
        QTest::newRow("C1 control") << u"line2"_qs << QJsonValue(u"a"_qs + QChar(0x85) + u"b"_qs)
                                    << u"line2"_qs;
        QTest::newRow("line separator")
            << u"city"_qs << QJsonValue(u"Pa"_qs + QChar(0x2028) + u"ris"_qs) << u"city"_qs;
        QTest::newRow("right-to-left override")
            << u"name"_qs << QJsonValue(u"Claire "_qs + rlo + u"gpj.exe"_qs) << u"name"_qs;
        QTest::newRow("left-to-right embedding")
            << u"line1"_qs << QJsonValue(QChar(0x202a) + u"12 rue"_qs) << u"line1"_qs;
        QTest::newRow("isolate") << u"label"_qs << QJsonValue(isolate + u"Maison"_qs) << u"label"_qs;
        QTest::newRow("pop isolate") << u"city"_qs << QJsonValue(u"Paris"_qs + QChar(0x2069)) << u"city"_qs;
        QTest::newRow("name missing") << u"name"_qs << QJsonValue(QJsonValue::Undefined) << u"name"_qs;
        QTest::newRow("name blank") << u"name"_qs << QJsonValue(u"   "_qs) << u"name"_qs;
        QTest::newRow("name a number") << u"name"_qs << QJsonValue(42) << u"name"_qs;
        QTest::newRow("city an object") << u"city"_qs << QJsonValue(QJsonObject{}) << u"city"_qs;
        QTest::newRow("country missing") << u"country"_qs << QJsonValue(QJsonValue::Null) << u"country"_qs;
        QTest::newRow("country not assigned") << u"country"_qs << QJsonValue(u"ZZ"_qs) << u"country"_qs;
        QTest::newRow("country alpha-3") << u"country"_qs << QJsonValue(u"FRA"_qs) << u"country"_qs;
        QTest::newRow("country, CLDR only") << u"country"_qs << QJsonValue(u"EU"_qs) << u"country"_qs;
        QTest::newRow("country, user-assigned") << u"country"_qs << QJsonValue(u"XK"_qs) << u"country"_qs;
        QTest::newRow("country digits") << u"country"_qs << QJsonValue(u"12"_qs) << u"country"_qs;
        QTest::newRow("French code of 4 digits")
            << u"postal_code"_qs << QJsonValue(u"7501"_qs) << u"postal_code"_qs;
        QTest::newRow("French code of 6 digits")
            << u"postal_code"_qs << QJsonValue(u"750111"_qs) << u"postal_code"_qs;
        QTest::newRow("French code with a space")
            << u"postal_code"_qs << QJsonValue(u"75 011"_qs) << u"postal_code"_qs;
        QTest::newRow("French code in letters")
            << u"postal_code"_qs << QJsonValue(u"ABCDE"_qs) << u"postal_code"_qs;
        QTest::newRow("French code in Arabic-Indic digits")
            << u"postal_code"_qs << QJsonValue(u"٧٥٠١١"_qs) << u"postal_code"_qs;
        QTest::newRow("French code missing")
            << u"postal_code"_qs << QJsonValue(QJsonValue::Undefined) << u"postal_code"_qs;
        QTest::newRow("postal code with a control")
            << u"postal_code"_qs << QJsonValue(u"75011\n"_qs) << u"postal_code"_qs;
        QTest::newRow("phone in words") << u"phone"_qs << QJsonValue(u"call me maybe"_qs) << u"phone"_qs;
        QTest::newRow("phone too long") << u"phone"_qs << QJsonValue(QString(40, u'1')) << u"phone"_qs;
    }

    void refusesBadAddressFieldsNamingThem()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, refused);
        auto c = m_server.client();
        const qsizetype before = c.get(kAddresses, m_bruno.token).items().size();
        const Reply r = c.post(kAddresses, with(frenchAddress(), field, value), m_bruno.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(r.errorFields(), QStringList{refused});
        QVERIFY(!r.json()
                     .value(u"errors"_qs)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"message"_qs)
                     .toString()
                     .isEmpty());
        QCOMPARE(c.get(kAddresses, m_bruno.token).items().size(), before);
        QCOMPARE(c.get("/healthz").status, 200);
    }

    void refusesUnpairedSurrogates()
    {
        // Written by hand: a JSON encoder would not produce it. Text that cannot be stored as it
        // came is refused rather than stored altered.
        QJsonObject body = frenchAddress();
        body.insert(u"name"_qs, u"@@"_qs);
        std::string raw = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
        raw.replace(raw.find("@@"), 2, "Cl\\ud800aire");
        const Reply r = m_server.client().raw("POST", kAddresses, raw, "application/json", m_bruno.token);
        QVERIFY2(r.status == 422, r.body.c_str());
        QCOMPARE(r.errorFields(), QStringList{u"name"_qs});
    }

    void acceptsPostalCodesOfOtherCountries_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Belgium") << u"BE"_qs << u"1000"_qs << true;
        QTest::newRow("Belgium, French code") << u"BE"_qs << u"75011"_qs << false;
        QTest::newRow("Germany") << u"DE"_qs << u"10115"_qs << true;
        QTest::newRow("United Kingdom") << u"GB"_qs << u"SW1A 1AA"_qs << true;
        QTest::newRow("United Kingdom, digits") << u"GB"_qs << u"12345"_qs << false;
        QTest::newRow("Netherlands") << u"NL"_qs << u"1012 AB"_qs << true;
        QTest::newRow("Portugal") << u"PT"_qs << u"1100-148"_qs << true;
        QTest::newRow("Canada") << u"CA"_qs << u"K1A 0B1"_qs << true;
        QTest::newRow("Réunion, French format") << u"RE"_qs << u"97400"_qs << true;
        QTest::newRow("Japan, generic") << u"JP"_qs << u"100-0001"_qs << true;
        QTest::newRow("Hong Kong, none") << u"HK"_qs << u""_qs << true;
        QTest::newRow("generic, too long") << u"JP"_qs << u"12345678901"_qs << false;
        QTest::newRow("generic, symbols") << u"JP"_qs << u"100*0001"_qs << false;
        QTest::newRow("generic, emoji") << u"JP"_qs << u"😀😀"_qs << false;
    }

    void acceptsPostalCodesOfOtherCountries()
    {
        QFETCH(QString, country);
        QFETCH(QString, postalCode);
        QFETCH(bool, accepted);
        QJsonObject body = with(frenchAddress(), u"country"_qs, country);
        body.insert(u"postal_code"_qs, postalCode);
        auto c = m_server.client();
        const Reply r = c.post(kAddresses, body, m_bruno.token);
        QCOMPARE(r.status, accepted ? 201 : 422);
        if (!accepted) {
            QCOMPARE(r.errorFields(), QStringList{u"postal_code"_qs});
            return;
        }
        QCOMPARE(r.json().value(u"postal_code"_qs).toString(), postalCode);
        QCOMPARE(r.json().value(u"country"_qs).toString(), country);
        // Deleted again, so that the rows stay under the account's address limit.
        QCOMPARE(
            c.del(kAddresses + "/" + r.json().value(u"id"_qs).toString().toStdString(), m_bruno.token).status,
            204);
    }

    void lengthsCountCharactersNotBytes()
    {
        // 100 emoji are 400 bytes of UTF-8 and 200 UTF-16 units, and still 100 characters.
        QString hundred;
        for (int i = 0; i < 100; ++i)
            hundred += u"😀"_qs;
        auto c = m_server.client();
        const Reply r = c.post(kAddresses, with(frenchAddress(), u"name"_qs, hundred), m_bruno.token);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"name"_qs).toString(), hundred);
        QCOMPARE(
            c.del(kAddresses + "/" + r.json().value(u"id"_qs).toString().toStdString(), m_bruno.token).status,
            204);
    }

    void patchReplacesWhatIsSentAndChecksTheWhole()
    {
        auto c = m_server.client();
        const Reply added =
            c.post(kAddresses, with(frenchAddress(), u"line2"_qs, u"Bâtiment B"_qs), m_claire.token);
        QCOMPARE(added.status, 201);
        const std::string path = kAddresses + "/" + added.json().value(u"id"_qs).toString().toStdString();

        Reply r = c.patch(path, {{u"city"_qs, u"Paris 11e"_qs}, {u"line2"_qs, QJsonValue()}}, m_claire.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"city"_qs).toString(), u"Paris 11e"_qs);
        QVERIFY(r.json().value(u"line2"_qs).isNull());
        QCOMPARE(r.json().value(u"line1"_qs).toString(), u"12 rue de la Roquette"_qs);

        // Moving to Belgium with a French postal code: the whole address is checked again.
        r = c.patch(path, {{u"country"_qs, u"BE"_qs}}, m_claire.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{u"postal_code"_qs});
        r = c.patch(path, {{u"country"_qs, u"BE"_qs}, {u"postal_code"_qs, u"1000"_qs}}, m_claire.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"country"_qs).toString(), u"BE"_qs);

        // A required field cannot be cleared, hostile text is refused, and the id is not the body's.
        r = c.patch(path, {{u"name"_qs, QJsonValue()}}, m_claire.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{u"name"_qs});
        r = c.patch(path, {{u"label"_qs, u"\u202eemoH"_qs}}, m_claire.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{u"label"_qs});
        r = c.patch(path, {{u"id"_qs, u"adr_other"_qs}}, m_claire.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"id"_qs).toString(), added.json().value(u"id"_qs).toString());

        QCOMPARE(c.raw("PATCH", path, "{not json", "application/json", m_claire.token).status, 400);
        QCOMPARE(c.raw("PATCH", path, "[1]", "application/json", m_claire.token).status, 400);
        QCOMPARE(c.raw("PATCH", path, "city=x", "application/x-www-form-urlencoded", m_claire.token).status,
                 415);
    }

    void anotherCustomersAddressIsNotFound()
    {
        auto c = m_server.client();
        const Reply added = c.post(kAddresses, frenchAddress(), m_claire.token);
        QCOMPARE(added.status, 201);
        const QString id = added.json().value(u"id"_qs).toString();
        const std::string path = kAddresses + "/" + id.toStdString();

        QCOMPARE(c.patch(path, {{u"city"_qs, u"Lyon"_qs}}, m_bruno.token).status, 404);
        QCOMPARE(c.del(path, m_bruno.token).status, 404);
        for (const QJsonValue& v : c.get(kAddresses, m_bruno.token).items())
            QVERIFY(v.toObject().value(u"id"_qs).toString() != id);
        // Still Claire's, untouched.
        QVERIFY(c.get(kAddresses, m_claire.token).items().contains(added.json()));

        QCOMPARE(c.del(kAddresses + "/adr_unknown", m_claire.token).status, 404);
        QCOMPARE(c.del(path, m_claire.token).status, 204);
        QCOMPARE(c.del(path, m_claire.token).status, 404);
        QCOMPARE(c.patch(path, {{u"city"_qs, u"Lyon"_qs}}, m_claire.token).status, 404);
    }

    void addressesAreCappedPerCustomer()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        QString last;
        for (int i = 0; i < 20; ++i) {
            const Reply r =
                c.post(kAddresses, with(frenchAddress(), u"label"_qs, u"n°%1"_qs.arg(i)), someone.token);
            QCOMPARE(r.status, 201);
            last = r.json().value(u"id"_qs).toString();
        }
        const Reply refused = c.post(kAddresses, frenchAddress(), someone.token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorFields(), QStringList{u"addresses"_qs});
        QVERIFY(refused.json()
                    .value(u"errors"_qs)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"message"_qs)
                    .toString()
                    .contains(u"20"_qs));
        QCOMPARE(c.get(kAddresses, someone.token).items().size(), 20);
        // Another customer is not held by this one's count; deleting one makes room again.
        QCOMPARE(c.post(kAddresses, frenchAddress(), m_bruno.token).status, 201);
        QCOMPARE(c.del(kAddresses + "/" + last.toStdString(), someone.token).status, 204);
        QCOMPARE(c.post(kAddresses, frenchAddress(), someone.token).status, 201);
    }

    void wishlistPutAndDeleteAreIdempotent()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        const std::string first = kWishlist + "/" + m_productIds[0].toStdString();
        const std::string second = kWishlist + "/" + m_productIds[1].toStdString();
        QCOMPARE(c.put(first, {}, someone.token).status, 204);
        QCOMPARE(c.put(first, {}, someone.token).status, 204);
        QCOMPARE(c.put(second, {}, someone.token).status, 204);
        QCOMPARE(c.put(first, {}, someone.token).status, 204);

        Reply list = c.get(kWishlist, someone.token);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json().value(u"next_cursor"_qs).isNull());
        QCOMPARE(list.items().size(), 2);
        // The latest added first; adding again does not move it.
        QCOMPARE(list.items()[0].toObject().value(u"product_id"_qs).toString(), m_productIds[1]);
        QCOMPARE(list.items()[1].toObject().value(u"product_id"_qs).toString(), m_productIds[0]);

        QCOMPARE(c.del(first, someone.token).status, 204);
        QCOMPARE(c.del(first, someone.token).status, 204);
        list = c.get(kWishlist, someone.token);
        QCOMPARE(list.items().size(), 1);
        QCOMPARE(list.items()[0].toObject().value(u"product_id"_qs).toString(), m_productIds[1]);

        QCOMPARE(c.put(kWishlist + "/prd_unknown", {}, someone.token).status, 404);
        QCOMPARE(c.del(kWishlist + "/prd_unknown", someone.token).status, 404);
        QCOMPARE(c.put(kWishlist + "/%E2%80%AEevil", {}, someone.token).status, 404);
        // Another customer's list is their own.
        QCOMPARE(c.get(kWishlist, m_bruno.token).items().size(), 0);
    }

    void wishlistItemsCarryWhatAShopCardShows()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        QCOMPARE(c.put(kWishlist + "/" + m_productIds[2].toStdString(), {}, someone.token).status, 204);
        const QJsonObject product = c.get("/api/v1/products/" + m_productIds[2].toStdString()).json();
        const QJsonObject item = c.get(kWishlist, someone.token).items().first().toObject();
        QCOMPARE(item.value(u"product_id"_qs).toString(), m_productIds[2]);
        QCOMPARE(item.value(u"name"_qs).toString(), product.value(u"name"_qs).toString());
        QCOMPARE(item.value(u"image_url"_qs).toString(), product.value(u"image_url"_qs).toString());
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : product.value(u"variants"_qs).toArray())
            lowest =
                std::min(lowest, v.toObject().value(u"price"_qs).toObject().value(u"amount"_qs).toInteger());
        QCOMPARE(item.value(u"price"_qs).toObject().value(u"amount"_qs).toInteger(), lowest);
        QCOMPARE(item.value(u"price"_qs).toObject().value(u"currency"_qs).toString(), u"EUR"_qs);
        QCOMPARE(item.value(u"available"_qs).toBool(), true);
        QVERIFY(!item.value(u"added_at"_qs).toString().isEmpty());
    }

    void wishlistIsCapped()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        const QJsonArray products = everyItem(c, "/api/v1/products?limit=200&sort=name");
        QVERIFY(products.size() > 201);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(c.put(kWishlist + "/" + products[i].toObject().value(u"id"_qs).toString().toStdString(),
                           {}, someone.token)
                         .status,
                     204);
        const Reply refused =
            c.put(kWishlist + "/" + products[200].toObject().value(u"id"_qs).toString().toStdString(), {},
                  someone.token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorFields(), QStringList{u"product_id"_qs});
        QCOMPARE(c.get(kWishlist, someone.token).items().size(), 200);
    }

    void archivedProductIsRefusedButStaysListed()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        const QString listed = m_productIds[10];
        const QString notListed = m_productIds[11];
        QCOMPARE(c.put(kWishlist + "/" + listed.toStdString(), {}, someone.token).status, 204);
        QCOMPARE(c.del("/api/v1/products/" + listed.toStdString(), m_accounts.manager).status, 204);
        QCOMPARE(c.del("/api/v1/products/" + notListed.toStdString(), m_accounts.manager).status, 204);

        // Already listed: still there, marked as no longer sold, and adding it again is still idempotent.
        const QJsonArray items = c.get(kWishlist, someone.token).items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value(u"product_id"_qs).toString(), listed);
        QCOMPARE(items[0].toObject().value(u"available"_qs).toBool(true), false);
        QCOMPARE(c.put(kWishlist + "/" + listed.toStdString(), {}, someone.token).status, 204);

        // Not listed: refused in words.
        const Reply refused = c.put(kWishlist + "/" + notListed.toStdString(), {}, someone.token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.header("Content-Type"), std::string("application/problem+json"));
        QVERIFY2(refused.body.find("no longer sold") != std::string::npos, refused.body.c_str());
        QCOMPARE(c.get(kWishlist, someone.token).items().size(), 1);

        // Removing it works as for any product; a cart cannot take it either.
        QCOMPARE(c.del(kWishlist + "/" + listed.toStdString(), someone.token).status, 204);
        QCOMPARE(c.get(kWishlist, someone.token).items().size(), 0);
        const Reply cart = c.put(kCart, cartBody({line(m_skus[11], 1)}), someone.token, ifMatch(0));
        QCOMPARE(cart.status, 422);
        QCOMPARE(cart.errorFields(), QStringList{u"lines[0].sku"_qs});
    }

    void emptyCartIsVersionZero()
    {
        const RegisteredCustomer someone = newCustomer();
        const Reply r = m_server.client().get(kCart, someone.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), std::string("\"0\""));
        QCOMPARE(r.json().value(u"version"_qs).toInteger(-1), 0);
        QCOMPARE(r.json().value(u"lines"_qs).toArray(), QJsonArray());
        QVERIFY(r.json().value(u"promo_code"_qs).isNull());
    }

    void cartPutNeedsAnIfMatchVersion()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        const QJsonObject body = cartBody({line(m_skus[0], 1)});
        const Reply missing = c.put(kCart, body, someone.token);
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.header("Content-Type"), std::string("application/problem+json"));
        for (const char* bad : {"*", "abc", "\"-1\"", "\"1.5\"", "\"\"", "\"99999999999999999999999\""}) {
            const Reply r = c.put(kCart, body, someone.token, ifMatch(bad));
            QVERIFY2(r.status == 400, bad);
        }
        QCOMPARE(cartVersion(someone.token), 0);
        // A weak tag is the same version.
        QCOMPARE(c.put(kCart, body, someone.token, ifMatch("W/\"0\"")).status, 200);
        QCOMPARE(cartVersion(someone.token), 1);
    }

    void cartPutReplacesTheWholeCart()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        const QString promo = u"  Bienvenue-10 🎁 <b>"_qs; // kept as typed; checked at checkout
        Reply r = c.put(kCart, cartBody({line(m_skus[0], 2), line(m_skus[1], 1)}, promo), someone.token,
                        ifMatch(0));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), std::string("\"1\""));
        QCOMPARE(r.json().value(u"version"_qs).toInteger(), 1);
        QCOMPARE(r.json().value(u"lines"_qs).toArray(), (QJsonArray{line(m_skus[0], 2), line(m_skus[1], 1)}));
        QCOMPARE(r.json().value(u"promo_code"_qs).toString(), promo);

        // The body's own "version" does not decide: If-Match does.
        QJsonObject next = cartBody({line(m_skus[1], 3)});
        next.insert(u"version"_qs, 7);
        r = c.put(kCart, next, someone.token, ifMatch(1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"version"_qs).toInteger(), 2);

        const Reply read = c.get(kCart, someone.token);
        QCOMPARE(read.header("ETag"), std::string("\"2\""));
        QCOMPARE(read.json().value(u"lines"_qs).toArray(), QJsonArray{line(m_skus[1], 3)});
        QVERIFY(read.json().value(u"promo_code"_qs).isNull());

        // Emptying is a save like any other: the version still moves on.
        r = c.put(kCart, cartBody({}), someone.token, ifMatch(2));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"version"_qs).toInteger(), 3);
        QCOMPARE(r.json().value(u"lines"_qs).toArray(), QJsonArray());
    }

    void staleCartVersionIsRefusedWithTheCurrentCart()
    {
        const RegisteredCustomer someone = newCustomer();
        auto c = m_server.client();
        QCOMPARE(c.put(kCart, cartBody({line(m_skus[0], 1)}), someone.token, ifMatch(0)).status, 200);
        QCOMPARE(c.put(kCart, cartBody({line(m_skus[0], 2)}), someone.token, ifMatch(1)).status, 200);

        for (const qint64 stale : {qint64(0), qint64(1), qint64(3)}) {
            const Reply r = c.put(kCart, cartBody({line(m_skus[5], 1)}), someone.token, ifMatch(stale));
            QCOMPARE(r.status, 412);
            QCOMPARE(r.header("Content-Type"), std::string("application/problem+json"));
            QCOMPARE(r.header("ETag"), std::string("\"2\""));
            QCOMPARE(r.json().value(u"current_version"_qs).toInteger(), 2);
            QCOMPARE(r.json().value(u"cart"_qs).toObject().value(u"lines"_qs).toArray(),
                     QJsonArray{line(m_skus[0], 2)});
            QVERIFY(!r.json().value(u"detail"_qs).toString().isEmpty());
        }
        const Reply read = c.get(kCart, someone.token);
        QCOMPARE(read.json().value(u"version"_qs).toInteger(), 2);
        QCOMPARE(read.json().value(u"lines"_qs).toArray(), QJsonArray{line(m_skus[0], 2)});
    }

    void twoDevicesSavingOneVersionAtOnceNeverOverwriteUnseen()
    {
        const RegisteredCustomer someone = newCustomer();
        const std::string phone = someone.token;
        const std::string laptop =
            m_server.login(u"client.%1@example.fr"_qs.arg(m_customers), u"un mot de passe sûr"_qs);
        QVERIFY(!laptop.empty() && laptop != phone);
        for (int round = 0; round < 15; ++round) {
            const qint64 version = cartVersion(phone);
            const QJsonArray fromPhone{line(m_skus[round % 6], 1)};
            const QJsonArray fromLaptop{line(m_skus[6 + round % 4], 2)};
            const std::vector<Reply> replies = sendAllAtOnce(
                m_server.port(), {{"PUT", kCart, cartBody(fromPhone), phone, ifMatch(version)},
                                  {"PUT", kCart, cartBody(fromLaptop), laptop, ifMatch(version)}});
            const int saved = int(replies[0].status == 200) + int(replies[1].status == 200);
            const int refused = int(replies[0].status == 412) + int(replies[1].status == 412);
            QCOMPARE(saved, 1);
            QCOMPARE(refused, 1);
            const Reply& winner = replies[0].status == 200 ? replies[0] : replies[1];
            const Reply& loser = replies[0].status == 200 ? replies[1] : replies[0];
            QCOMPARE(winner.json().value(u"version"_qs).toInteger(), version + 1);
            // The refused device is told the cart it must merge into: the winner's.
            QCOMPARE(loser.json().value(u"current_version"_qs).toInteger(), version + 1);
            QCOMPARE(loser.json().value(u"cart"_qs).toObject().value(u"lines"_qs).toArray(),
                     winner.json().value(u"lines"_qs).toArray());
            const Reply read = m_server.client().get(kCart, laptop);
            QCOMPARE(read.json().value(u"version"_qs).toInteger(), version + 1);
            QCOMPARE(read.json().value(u"lines"_qs).toArray(), winner.json().value(u"lines"_qs).toArray());
        }
    }

    void refusesBadCartLinesNamingTheLine_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("fields");
        const QString sku = u"TSH-0001-S-GRIS-CHINE"_qs;
        QTest::newRow("unknown sku") << cartBody({line(sku, 1), line(u"NOPE-0000"_qs, 1)})
                                     << QStringList{u"lines[1].sku"_qs};
        QTest::newRow("sku missing") << cartBody({QJsonObject{{u"quantity"_qs, 1}}})
                                     << QStringList{u"lines[0].sku"_qs};
        QTest::newRow("sku a number")
            << cartBody({line(sku, 1), QJsonObject{{u"sku"_qs, 7}, {u"quantity"_qs, 1}}})
            << QStringList{u"lines[1].sku"_qs};
        QTest::newRow("huge sku") << cartBody({line(QString(5000, u'X'), 1)})
                                  << QStringList{u"lines[0].sku"_qs};
        QTest::newRow("same sku twice")
            << cartBody({line(sku, 1), line(sku, 2)}) << QStringList{u"lines[1].sku"_qs};
        QTest::newRow("quantity 0") << cartBody({line(sku, 0)}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity -3") << cartBody({line(sku, -3)}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity 100") << cartBody({line(sku, 100)}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity 1e18") << cartBody({line(sku, 1e18)}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity 1.5") << cartBody({line(sku, 1.5)}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity text")
            << cartBody({line(sku, u"2"_qs)}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity missing")
            << cartBody({QJsonObject{{u"sku"_qs, sku}}}) << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("line not an object") << cartBody({u"TSH"_qs}) << QStringList{u"lines[0]"_qs};
        QTest::newRow("lines missing")
            << QJsonObject{{u"promo_code"_qs, u"X"_qs}} << QStringList{u"lines"_qs};
        QTest::newRow("lines an object")
            << QJsonObject{{u"lines"_qs, QJsonObject{}}} << QStringList{u"lines"_qs};
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(line(u"SKU-%1"_qs.arg(i), 1));
        QTest::newRow("101 lines") << cartBody(tooMany) << QStringList{u"lines"_qs};
        QTest::newRow("promo a number") << cartBody({}, 10) << QStringList{u"promo_code"_qs};
        QTest::newRow("promo with a control")
            << cartBody({}, u"BIEN\nVENUE"_qs) << QStringList{u"promo_code"_qs};
        QTest::newRow("promo with an override")
            << cartBody({}, u"BIEN"_qs + QChar(0x202e) + u"VENUE"_qs) << QStringList{u"promo_code"_qs};
        QTest::newRow("promo too long") << cartBody({}, QString(41, u'A')) << QStringList{u"promo_code"_qs};
    }

    void refusesBadCartLinesNamingTheLine()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, fields);
        auto c = m_server.client();
        const qint64 version = cartVersion(m_bruno.token);
        const Reply r = c.put(kCart, body, m_bruno.token, ifMatch(version));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(r.errorFields(), fields);
        QCOMPARE(cartVersion(m_bruno.token), version);
        QCOMPARE(c.get("/healthz").status, 200);
    }

    void cartRefusesMalformedBodies()
    {
        auto c = m_server.client();
        const qint64 version = cartVersion(m_bruno.token);
        const auto put = [&](const std::string& body, const std::string& type) {
            return c.raw("PUT", kCart, body, type, m_bruno.token, ifMatch(version)).status;
        };
        QCOMPARE(put("{\"lines\": [", "application/json"), 400);
        QCOMPARE(put("[]", "application/json"), 400);
        QCOMPARE(put("", "application/json"), 400);
        QCOMPARE(put("lines=1", "text/plain"), 415);
        QCOMPARE(put("{\"lines\":[" + std::string(1100000, ' ') + "]}", "application/json"), 413);
        QCOMPARE(cartVersion(m_bruno.token), version);
    }

    void customerDataReachesOnlyItsOwnerThroughTheFeed()
    {
        const RegisteredCustomer owner = newCustomer();
        const RegisteredCustomer other = newCustomer();
        auto c = m_server.client();
        const qint64 head = feedHead();
        const Reply address = c.post(kAddresses, frenchAddress(), owner.token);
        QCOMPARE(address.status, 201);
        const QString addressId = address.json().value(u"id"_qs).toString();
        QCOMPARE(c.put(kWishlist + "/" + m_productIds[3].toStdString(), {}, owner.token).status, 204);
        QCOMPARE(c.put(kCart, cartBody({line(m_skus[3], 1)}), owner.token, ifMatch(0)).status, 200);

        const QStringList expected{u"address:%1:upsert"_qs.arg(addressId),
                                   u"wishlist:%1:upsert"_qs.arg(owner.id),
                                   u"cart:%1:upsert"_qs.arg(owner.id)};
        QCOMPARE(customerChanges(head, owner.token), expected);
        QCOMPARE(customerChanges(head, other.token), QStringList());
        QCOMPARE(customerChanges(head, m_accounts.manager), QStringList());
        QCOMPARE(customerChanges(head, m_accounts.staffParis), QStringList());
        QCOMPARE(customerChanges(head, m_accounts.kioskParis), QStringList());
        QCOMPARE(customerChanges(head, {}), QStringList());

        // A deleted address leaves its tombstone in the owner's feed only.
        QCOMPARE(c.del(kAddresses + "/" + addressId.toStdString(), owner.token).status, 204);
        QVERIFY(customerChanges(head, owner.token).contains(u"address:%1:delete"_qs.arg(addressId)));
        QCOMPARE(customerChanges(head, other.token), QStringList());
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.isRunning()); // every hostile request above was answered, none brought it down
    }
};

QTEST_MAIN(TestCustomerData)
#include "tst_customerdata.moc"
