// The back office's server routes (issue 16, API.md "Back office", "Analytics"): people and
// devices (a disabled user's and a revoked device's tokens stop at once, a revoked device's live
// socket closes), a promotion's edit under If-Match, the audit trail of every kind of mutation
// with its before and after, sales and VAT reports reconciled to the cent against orders the
// test made, product images, bad input on each new route, and the role matrix of every route.
#include "contractarithmetic.h"
#include "demoaccounts.h"
#include "orderbodies.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QWebSocket>
#include <QtTest>
#include <algorithm>
#include <array>
#include <map>

using namespace comptoir::test;

namespace {

constexpr auto kApprovedCard = "4242424242424242";
const QString kShirt = u"TSH-0001-S-GRIS-CHINE"_qs;     // standard rate (20 %)
const QString kBowl = u"BOL-0207-12-CM"_qs;             // standard rate, another category
const QString kBook = u"LVV-0358-BROCHE"_qs;            // reduced rate (5.5 %)
const QString kCoffee = u"CAF-0278-250-G-EN-GRAINS"_qs; // reduced rate, another category
const QString kGiftCard = u"CAD-0390-20"_qs;            // zero rate

// Tiny real images (8×8 JPEG and WebP, 4×4 PNG), made with libjpeg, libwebp and zlib.
const QByteArray kJpeg = QByteArray::fromBase64(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/"
    "2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/"
    "2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/"
    "wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/"
    "8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q"
    "0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1"
    "NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/"
    "8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5O"
    "kNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0"
    "tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwC5afDvp+5/SiiivyWebYm/xHs1M8xl/iP/2Q==");
const QByteArray kWebp = QByteArray::fromBase64("UklGRk4AAABXRUJQVlA4IEIAAADwAQCdASoIAAgAAUAmJagCdLcAAZAf2IAA"
                                                "/uzh5Jqb06O+OMZ/60B/y4/+jffXf/f6y/4cp/5ySf1wfQ5/Z/HAAAA=");
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==");

// A live client that records how its socket closed.
class LiveClient : public QObject {
public:
    explicit LiveClient(const QString& url)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString&) { ++frames; });
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
    void hello(const std::string& token, qint64 since)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_qs, u"hello"_qs},
                                                        {u"token"_qs, QString::fromStdString(token)},
                                                        {u"since"_qs, double(since)}})
                                  .toJson(QJsonDocument::Compact)));
    }

    QWebSocket socket;
    int frames = 0;
    int closeCode = -1;
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The first instant after the current millisecond: what the server stamped before this call is
// strictly earlier, what it stamps after is not. (Spins for at most a millisecond.)
QString nextInstant()
{
    const QString current = now();
    QString next = now();
    while (next == current)
        next = now();
    return next;
}

// One audit entry of `items` matching `action` and `target`; empty when none.
QJsonObject findAudit(const QJsonArray& items, const QString& action, const QString& target)
{
    for (const QJsonValue& v : items)
        if (v[u"action"_qs].toString() == action && v[u"target"_qs].toString() == target)
            return v.toObject();
    return {};
}

bool isProblem(const Reply& r, int status)
{
    return r.status == status && r.header("Content-Type").rfind("application/problem+json", 0) == 0 &&
           r.json().value(u"status"_qs).toInt() == status;
}

// What the test expects of one group of a sales report.
struct Group {
    qint64 orders = 0, total = 0, items = 0, subtotal = 0, discount = 0, tax = 0, refunded = 0;
};

qint64 averageOf(qint64 total, qint64 orders)
{
    return orders == 0 ? 0 : (2 * total + orders) / (2 * orders); // half up (totals are positive)
}

} // namespace

// The role matrix: every route the server registers (`--list-routes`, so a new route cannot be
// left out) × who calls it, with the exact status. The request is the same for everyone: path
// parameters name nothing that exists, bodies are {}, no Idempotency-Key; so an allowed caller
// gets the route's own refusal (400, 404, 422) and nothing changes, and a refused one 401 or 403.
// Columns: anonymous, customer, kiosk, register, staff of this store (Paris), staff of another
// store (Lyon), manager, admin. A route missing here fails the test: add its row.
// Record a new table with COMPTOIR_RECORD_ROLE_MATRIX=1 (it prints the rows), then check each.
struct MatrixRow {
    const char* route;
    std::array<int, 8> status;
    const char* query = ""; // for routes scoped to a store: the callers' own or not
};
const MatrixRow kRoleMatrix[] = {
#include "tst_backoffice_rolematrix.inc"
};

class TestBackOffice : public QObject {
    Q_OBJECT

private:
    TestServer m_server{TestServer::Options{.demo = true, .extraArgs = {u"--terminal-delay-ms"_qs, u"0"_qs}}};
    DemoAccounts m_accounts;
    std::string m_admin;
    std::string m_customer;
    int m_keys = 0;

    HttpClient client() { return m_server.client(); }
    httplib::Headers key() { return idempotencyKey("bo-" + std::to_string(++m_keys)); }

    QString userId(const std::string& token)
    {
        return client().get("/api/v1/me", token).json().value(u"id"_qs).toString();
    }

    QString cardToken()
    {
        return client()
            .post("/api/v1/payments/tokens", {{u"number"_qs, QString::fromLatin1(kApprovedCard)},
                                              {u"exp_month"_qs, 6},
                                              {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                              {u"cvc"_qs, u"737"_qs}})
            .json()
            .value(u"token"_qs)
            .toString();
    }

    // Places an order (201 expected) and answers it.
    QJsonObject order(const std::string& token, const QJsonArray& lines, const QJsonObject& fulfillment,
                      const QString& channel = {}, const QString& promo = {})
    {
        QJsonObject body{{u"lines"_qs, lines}, {u"fulfillment"_qs, fulfillment}};
        if (!channel.isEmpty())
            body.insert(u"channel"_qs, channel);
        if (!promo.isEmpty())
            body.insert(u"promo_code"_qs, promo);
        const Reply r = client().post("/api/v1/orders", body, token, key());
        if (r.status != 201)
            qWarning() << "order refused" << r.status << r.body.c_str();
        return r.json();
    }

    // Pays (part of) an order: 201 with a captured payment expected; answers the payment, and
    // keeps what each method took of each order for the reports' check.
    QJsonObject pay(const QJsonObject& o, const std::string& token, QJsonObject body)
    {
        const Reply r =
            client().post("/api/v1/orders/" + idOf(o).toStdString() + "/payments", body, token, key());
        if (r.status != 201 || r.json().value(u"status"_qs).toString() != u"captured")
            qWarning() << "payment refused" << r.status << r.body.c_str();
        else
            m_taken[idOf(o)][r.json()[u"method"_qs].toString()] += amountOf(r.json()[u"amount"_qs]);
        return r.json();
    }
    std::map<QString, std::map<QString, qint64>> m_taken; // order → method → amount captured

    static QJsonObject line(const QString& sku, int quantity)
    {
        return {{u"sku"_qs, sku}, {u"quantity"_qs, quantity}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        QVERIFY(!m_admin.empty());
        const RegisteredCustomer c = registerCustomer(m_server, u"bo.customer@example.com"_qs,
                                                      u"Claire Client"_qs, u"claire-password"_qs);
        QCOMPARE(c.registrationStatus, 201);
        m_customer = c.token;
        // Enough of every article the orders below sell, in both stores.
        for (const QString& sku : {kShirt, kBowl, kBook, kCoffee, kGiftCard})
            for (const QString& store : {u"loc_paris"_qs, u"loc_lyon"_qs})
                QCOMPARE(client()
                             .post("/api/v1/inventory/adjustments",
                                   {{u"sku"_qs, sku},
                                    {u"location_id"_qs, store},
                                    {u"delta"_qs, 40},
                                    {u"reason"_qs, u"receipt"_qs}},
                                   m_accounts.manager, key())
                             .status,
                         201);
    }

    // GET /users and PATCH /users/{id} (admins): filters, edits, and a disabled user's tokens.
    void usersAreAnAdminsToManage()
    {
        HttpClient c = client();
        const QJsonArray staff = everyItem(c, "/api/v1/users?role=staff&limit=2", m_admin);
        QVERIFY(staff.size() >= 3);
        for (const QJsonValue& u : staff)
            QCOMPARE(u[u"role"_qs].toString(), u"staff"_qs);
        const QJsonArray lyon = everyItem(c, "/api/v1/users?store_id=loc_lyon", m_admin);
        QVERIFY(!lyon.isEmpty());
        for (const QJsonValue& u : lyon)
            QCOMPARE(u[u"store_id"_qs].toString(), u"loc_lyon"_qs);
        QCOMPARE(c.get("/api/v1/users", m_accounts.manager).status, 403);

        const Reply created = c.post("/api/v1/users",
                                     {{u"email"_qs, u"bo.staff@example.com"_qs},
                                      {u"password"_qs, u"bo-staff-password"_qs},
                                      {u"name"_qs, u"Bruno Vendeur"_qs},
                                      {u"role"_qs, u"staff"_qs},
                                      {u"store_id"_qs, u"loc_paris"_qs}},
                                     m_admin);
        QCOMPARE(created.status, 201);
        const std::string path = "/api/v1/users/" + idOf(created.json()[u"user"_qs].toObject()).toStdString();
        const std::string token = m_server.login(u"bo.staff@example.com"_qs, u"bo-staff-password"_qs);
        QVERIFY(!token.empty());

        // A new name keeps the sessions; a new store ends them (what the token may do changed).
        Reply r = c.patch(path, {{u"name"_qs, u"Bruno Martin"_qs}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"name"_qs].toString(), u"Bruno Martin"_qs);
        QCOMPARE(c.get("/api/v1/me", token).status, 200);

        // Disabled: the token stops at once, and signing in again is refused as a wrong password.
        r = c.patch(path, {{u"disabled"_qs, true}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"disabled"_qs].toBool(), true);
        QVERIFY(isProblem(c.get("/api/v1/me", token), 401));
        QVERIFY(m_server.login(u"bo.staff@example.com"_qs, u"bo-staff-password"_qs).empty());
        r = c.patch(path, {{u"disabled"_qs, false}}, m_admin);
        QCOMPARE(r.json()[u"disabled"_qs].toBool(), false);
        const std::string again = m_server.login(u"bo.staff@example.com"_qs, u"bo-staff-password"_qs);
        QVERIFY(!again.empty());

        r = c.patch(path, {{u"store_id"_qs, u"loc_lyon"_qs}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"store_id"_qs].toString(), u"loc_lyon"_qs);
        QCOMPARE(c.get("/api/v1/me", again).status, 401);
        // A manager belongs to no store.
        r = c.patch(path, {{u"role"_qs, u"manager"_qs}}, m_admin);
        QCOMPARE(r.json()[u"role"_qs].toString(), u"manager"_qs);
        QVERIFY(r.json()[u"store_id"_qs].isNull());

        // Refusals.
        QVERIFY(isProblem(c.patch(path, {{u"role"_qs, u"staff"_qs}, {u"store_id"_qs, QJsonValue()}}, m_admin),
                          422));
        QVERIFY(isProblem(c.patch(path, {{u"role"_qs, u"kiosk"_qs}}, m_admin), 422));
        QVERIFY(isProblem(c.patch(path, {{u"role"_qs, u"emperor"_qs}}, m_admin), 422));
        QVERIFY(isProblem(
            c.patch(path, {{u"store_id"_qs, u"loc_nowhere"_qs}, {u"role"_qs, u"staff"_qs}}, m_admin), 422));
        QVERIFY(isProblem(c.patch(path, {{u"name"_qs, u""_qs}}, m_admin), 422));
        QVERIFY(isProblem(c.patch(path, {{u"disabled"_qs, u"yes"_qs}}, m_admin), 422));
        QVERIFY(isProblem(c.patch(path, {{u"name"_qs, u"X"_qs}}, m_accounts.manager), 403));
        QVERIFY(isProblem(c.patch("/api/v1/users/usr_nobody", {{u"name"_qs, u"X"_qs}}, m_admin), 404));
        const std::string self = "/api/v1/users/" + userId(m_admin).toStdString();
        QVERIFY(isProblem(c.patch(self, {{u"disabled"_qs, true}}, m_admin), 409));
        QVERIFY(isProblem(c.patch(self, {{u"role"_qs, u"manager"_qs}}, m_admin), 409));
        QVERIFY(isProblem(c.get("/api/v1/users?role=emperor", m_admin), 400));
        QCOMPARE(c.get("/api/v1/me", m_admin).status, 200);
    }

    // GET /devices and DELETE /devices/{id} (managers): a revoked device's token stops at once
    // and its live socket closes, with no other write to push it along.
    void revokingADeviceEndsItsTokenAndSocket()
    {
        HttpClient c = client();
        const Reply enrolled =
            c.post("/api/v1/devices", {{u"name"_qs, u"Borne du test"_qs}, {u"store_id"_qs, u"loc_paris"_qs}},
                   m_accounts.manager);
        QCOMPARE(enrolled.status, 201);
        const QString deviceId = enrolled.json()[u"device_id"_qs].toString();
        const std::string token = enrolled.json()[u"token"_qs].toString().toStdString();

        const auto listed = [&](const std::string& query) {
            for (const QJsonValue& d : c.get("/api/v1/devices" + query, m_accounts.manager).items())
                if (d[u"device_id"_qs].toString() == deviceId)
                    return d.toObject();
            return QJsonObject();
        };
        QCOMPARE(listed("?store_id=loc_paris")[u"revoked"_qs].toBool(), false);
        QCOMPARE(listed("?store_id=loc_paris")[u"kind"_qs].toString(), u"kiosk"_qs);
        QVERIFY(listed("?store_id=loc_lyon").isEmpty());
        QCOMPARE(c.get("/api/v1/devices", m_accounts.staffParis).status, 403);

        LiveClient live(m_server.wsUrl());
        QVERIFY(live.waitConnected());
        const qint64 since =
            qint64(c.get("/api/v1/sync/changes?since=0&limit=1").json()[u"next"_qs].toDouble());
        live.hello(token, since);
        QTRY_VERIFY_WITH_TIMEOUT(live.frames > 0, 10000); // the hello was accepted: the feed is live
        QCOMPARE(c.get("/api/v1/me", token).status, 200);

        QCOMPARE(c.del("/api/v1/devices/" + deviceId.toStdString(), m_accounts.manager).status, 204);
        QVERIFY(isProblem(c.get("/api/v1/me", token), 401));
        QTRY_COMPARE_WITH_TIMEOUT(live.closeCode, 4401, 3000);
        QCOMPARE(listed("")[u"revoked"_qs].toBool(), true);
        QVERIFY(listed("")[u"revoked_at"_qs].isString());
        // Again: nothing more to do; unknown: 404; a staff member may not.
        QCOMPARE(c.del("/api/v1/devices/" + deviceId.toStdString(), m_accounts.manager).status, 204);
        QVERIFY(isProblem(c.del("/api/v1/devices/dev_nobody", m_accounts.manager), 404));
        QVERIFY(isProblem(c.del("/api/v1/devices/" + deviceId.toStdString(), m_accounts.staffParis), 403));
        QVERIFY(isProblem(c.get("/api/v1/devices?store_id=loc_nowhere", m_accounts.manager), 422));
        // A revoked device's account is not an admin's to enable again.
        const QString deviceUser = listed("")[u"user_id"_qs].toString();
        QVERIFY(isProblem(
            c.patch("/api/v1/users/" + deviceUser.toStdString(), {{u"disabled"_qs, false}}, m_admin), 409));
        // The demo kiosk still works.
        QCOMPARE(c.get("/api/v1/me", m_accounts.kioskParis).status, 200);
    }

    // GET and PATCH /promotions/{id}: version and uses, If-Match, and a disabled code refused.
    void promotionsAreEditedUnderIfMatch()
    {
        HttpClient c = client();
        Reply r = c.post("/api/v1/promotions", {{u"code"_qs, u"bo-ten"_qs}, {u"percent_off"_qs, 10}},
                         m_accounts.manager);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"version"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"uses"_qs].toInt(), 0);
        QCOMPARE(r.json()[u"disabled"_qs].toBool(), false);
        const QJsonObject placed = order(m_accounts.staffParis, {line(kShirt, 1)},
                                         carryOutAt(u"loc_paris"_qs), u"pos"_qs, u"BO-TEN"_qs);
        QVERIFY(!idOf(placed).isEmpty());

        r = c.get("/api/v1/promotions/BO-TEN", m_accounts.manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), std::string("\"1\""));
        QCOMPARE(r.json()[u"uses"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"id"_qs].toString(), u"BO-TEN"_qs);
        QCOMPARE(c.get("/api/v1/promotions/bo-ten", m_accounts.manager).status, 200);

        const QJsonObject edit{{u"max_uses"_qs, 10}, {u"ends_at"_qs, u"2099-01-01T00:00:00Z"_qs}};
        QVERIFY(isProblem(c.patch("/api/v1/promotions/BO-TEN", edit, m_accounts.manager), 428));
        QVERIFY(isProblem(
            c.patch("/api/v1/promotions/BO-TEN", edit, m_accounts.manager, {{"If-Match", "\"7\""}}), 412));
        r = c.patch("/api/v1/promotions/BO-TEN", edit, m_accounts.manager, {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), std::string("\"2\""));
        QCOMPARE(r.json()[u"max_uses"_qs].toInt(), 10);
        QCOMPARE(r.json()[u"ends_at"_qs].toString(), u"2099-01-01T00:00:00.000Z"_qs);
        // The same If-Match again is stale now.
        QVERIFY(isProblem(
            c.patch("/api/v1/promotions/BO-TEN", edit, m_accounts.manager, {{"If-Match", "\"1\""}}), 412));
        const QJsonObject quote{{u"lines"_qs, QJsonArray{line(kShirt, 1)}},
                                {u"promo_code"_qs, u"BO-TEN"_qs},
                                {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}};
        QCOMPARE(c.post("/api/v1/quotes", quote).status, 200);
        r = c.patch("/api/v1/promotions/BO-TEN", {{u"disabled"_qs, true}}, m_accounts.manager,
                    {{"If-Match", "\"2\""}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"disabled"_qs].toBool(), true);
        r = c.post("/api/v1/quotes", quote);
        QVERIFY(isProblem(r, 422));
        QCOMPARE(r.errorFields(), QStringList{u"promo_code"_qs});
        // No end and no limit again (null clears them); enabled again.
        r = c.patch("/api/v1/promotions/BO-TEN",
                    {{u"disabled"_qs, false}, {u"ends_at"_qs, QJsonValue()}, {u"max_uses"_qs, QJsonValue()}},
                    m_accounts.manager, {{"If-Match", "W/\"3\""}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[u"ends_at"_qs].isNull());
        QVERIFY(r.json()[u"max_uses"_qs].isNull());
        QCOMPARE(c.post("/api/v1/quotes", quote).status, 200);

        // Bad input, unknown codes, and who may.
        const httplib::Headers v4{{"If-Match", "\"4\""}};
        QVERIFY(isProblem(c.patch("/api/v1/promotions/BO-TEN", {{u"max_uses"_qs, 0}}, m_accounts.manager, v4),
                          422));
        QVERIFY(isProblem(
            c.patch("/api/v1/promotions/BO-TEN", {{u"max_uses"_qs, u"ten"_qs}}, m_accounts.manager, v4),
            422));
        QVERIFY(isProblem(
            c.patch("/api/v1/promotions/BO-TEN", {{u"ends_at"_qs, u"soon"_qs}}, m_accounts.manager, v4),
            422));
        QVERIFY(isProblem(c.patch("/api/v1/promotions/BO-TEN", {{u"disabled"_qs, 1}}, m_accounts.manager, v4),
                          422));
        QVERIFY(isProblem(c.patch("/api/v1/promotions/BO-TEN", {{u"disabled"_qs, true}}, m_accounts.manager,
                                  {{"If-Match", "\"four\""}}),
                          400));
        QVERIFY(isProblem(c.raw("PATCH", "/api/v1/promotions/BO-TEN", "{\"disabled\":", "application/json",
                                m_accounts.manager, v4),
                          400));
        QVERIFY(isProblem(c.get("/api/v1/promotions/NOPE", m_accounts.manager), 404));
        QVERIFY(isProblem(c.get("/api/v1/promotions/" + std::string(300, 'A'), m_accounts.manager), 404));
        QVERIFY(isProblem(
            c.patch("/api/v1/promotions/NOPE", {{u"disabled"_qs, true}}, m_accounts.manager, v4), 404));
        QVERIFY(isProblem(c.get("/api/v1/promotions/BO-TEN", m_accounts.staffParis), 403));
        QCOMPARE(c.get("/api/v1/promotions/BO-TEN", m_accounts.manager).json()[u"version"_qs].toInt(), 4);
    }

    // GET /audit: mutations of several kinds, each found with its actor, request id, before and
    // after; a customer's own mutations are not staff work and are not there.
    void auditRecordsEveryKindOfMutation()
    {
        HttpClient c = client();
        const QString from = now();
        const QString staffId = userId(m_accounts.staffParis);
        const QString managerId = userId(m_accounts.manager);

        // A price change (manager).
        Reply r = c.get("/api/v1/products/prd_0207");
        QCOMPARE(r.status, 200);
        QJsonObject product = r.json();
        QJsonArray variants = product[u"variants"_qs].toArray();
        QJsonObject variant = variants[0].toObject();
        const qint64 oldPrice = amountOf(variant[u"price"_qs]);
        variant.insert(u"price"_qs, eur(oldPrice + 110));
        variants[0] = variant;
        product.insert(u"variants"_qs, variants);
        const Reply priced = c.patch("/api/v1/products/prd_0207", product, m_accounts.manager,
                                     {{"If-Match", r.header("ETag")}});
        QCOMPARE(priced.status, 200);

        // A stock adjustment (staff of the store).
        const qint64 onHand = qint64(stockLevel(c, kBowl, u"loc_paris"_qs)[u"on_hand"_qs].toDouble());
        const Reply adjusted = c.post("/api/v1/inventory/adjustments",
                                      {{u"sku"_qs, kBowl},
                                       {u"location_id"_qs, u"loc_paris"_qs},
                                       {u"delta"_qs, 5},
                                       {u"reason"_qs, u"receipt"_qs}},
                                      m_accounts.staffParis, key());
        QCOMPARE(adjusted.status, 201);

        // A promotion created (manager), a user renamed (admin), a kiosk's order (device).
        QCOMPARE(c.post("/api/v1/promotions", {{u"code"_qs, u"BO-AUDIT"_qs}, {u"amount_off"_qs, eur(200)}},
                        m_accounts.manager)
                     .status,
                 201);
        const std::string lyonPath = "/api/v1/users/" + userId(m_accounts.staffLyon).toStdString();
        const QString lyonName = c.get("/api/v1/me", m_accounts.staffLyon).json()[u"name"_qs].toString();
        QCOMPARE(c.patch(lyonPath, {{u"name"_qs, u"Équipe Lyon (audit)"_qs}}, m_admin).status, 200);
        const QJsonObject kioskOrder =
            order(m_accounts.kioskParis, {line(kShirt, 1)}, carryOutAt(u"loc_paris"_qs));
        QVERIFY(!idOf(kioskOrder).isEmpty());
        // A mutation no trigger sees: the staff member's PIN.
        const Reply pin = c.put("/api/v1/me/pin", {{u"pin"_qs, u"4826"_qs}}, m_accounts.staffParis);
        QCOMPARE(pin.status, 204);
        // A customer's own mutation is not in the staff audit trail.
        QCOMPARE(c.put("/api/v1/me/wishlist/prd_0207", {}, m_customer).status / 100, 2);
        // Refused mutations leave nothing.
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, kBowl},
                         {u"location_id"_qs, u"loc_paris"_qs},
                         {u"delta"_qs, -100000},
                         {u"reason"_qs, u"damage"_qs}},
                        m_accounts.staffParis, key())
                     .status,
                 409);

        const QJsonArray all =
            everyItem(c, "/api/v1/audit?limit=200&from=" + urlEncode(from), m_accounts.manager);
        QJsonObject e = findAudit(all, u"price.change"_qs, u"prd_0207"_qs);
        QVERIFY2(!e.isEmpty(), "the price change is in the audit trail");
        const QString sku = variant[u"sku"_qs].toString();
        QCOMPARE(qint64(e[u"before"_qs][u"prices"_qs][sku].toDouble()), oldPrice);
        QCOMPARE(qint64(e[u"after"_qs][u"prices"_qs][sku].toDouble()), oldPrice + 110);
        QCOMPARE(e[u"actor"_qs].toString(), managerId);
        QCOMPARE(e[u"role"_qs].toString(), u"manager"_qs);
        QCOMPARE(e[u"request_id"_qs].toString().toStdString(), priced.header("X-Request-Id"));
        QVERIFY(e[u"at"_qs].toString() >= from);

        e = findAudit(all, u"stock.change"_qs, kBowl + u"@loc_paris"_qs);
        QVERIFY2(!e.isEmpty(), "the stock adjustment is in the audit trail");
        QCOMPARE(qint64(e[u"before"_qs][u"on_hand"_qs].toDouble()), onHand);
        QCOMPARE(qint64(e[u"after"_qs][u"on_hand"_qs].toDouble()), onHand + 5);
        QCOMPARE(e[u"actor"_qs].toString(), staffId);
        QCOMPARE(e[u"role"_qs].toString(), u"staff"_qs);
        QCOMPARE(e[u"request_id"_qs].toString().toStdString(), adjusted.header("X-Request-Id"));

        e = findAudit(all, u"promotion.create"_qs, u"BO-AUDIT"_qs);
        QVERIFY(!e.isEmpty());
        QVERIFY(e[u"before"_qs].isNull());
        e = findAudit(all, u"user.update"_qs, userId(m_accounts.staffLyon));
        QVERIFY(!e.isEmpty());
        QCOMPARE(e[u"before"_qs][u"name"_qs].toString(), lyonName);
        QCOMPARE(e[u"after"_qs][u"name"_qs].toString(), u"Équipe Lyon (audit)"_qs);
        QCOMPARE(e[u"role"_qs].toString(), u"admin"_qs);
        e = findAudit(all, u"order.create"_qs, idOf(kioskOrder));
        QVERIFY(!e.isEmpty());
        QCOMPARE(e[u"role"_qs].toString(), u"kiosk"_qs);
        QCOMPARE(e[u"after"_qs][u"channel"_qs].toString(), u"kiosk"_qs);
        e = findAudit(all, u"request"_qs, u"/api/v1/me/pin"_qs);
        QVERIFY(!e.isEmpty());
        QCOMPARE(e[u"actor"_qs].toString(), staffId);
        QCOMPARE(e[u"request_id"_qs].toString().toStdString(), pin.header("X-Request-Id"));
        const QString customerId = userId(m_customer);
        for (const QJsonValue& v : all)
            QVERIFY(v[u"actor"_qs].toString() != customerId);
        // The refused adjustment left no stock.change beyond the one above.
        int stockChanges = 0;
        for (const QJsonValue& v : all)
            stockChanges += v[u"action"_qs].toString() == u"stock.change" &&
                            v[u"target"_qs].toString() == kBowl + u"@loc_paris"_qs;
        QCOMPARE(stockChanges, 1);

        // Filters.
        const QJsonArray byStaff =
            everyItem(c, "/api/v1/audit?actor=" + staffId.toStdString() + "&from=" + urlEncode(from),
                      m_accounts.manager);
        QVERIFY(byStaff.size() >= 2);
        for (const QJsonValue& v : byStaff)
            QCOMPARE(v[u"actor"_qs].toString(), staffId);
        const QJsonArray prices =
            everyItem(c, "/api/v1/audit?action=price.change&from=" + urlEncode(from), m_accounts.manager);
        QCOMPARE(prices.size(), 1);
        QCOMPARE(
            everyItem(c, "/api/v1/audit?to=" + urlEncode(from) + "&action=price.change", m_accounts.manager)
                .size(),
            0);
        QVERIFY(isProblem(c.get("/api/v1/audit?from=yesterday", m_accounts.manager), 400));
        QVERIFY(isProblem(c.get("/api/v1/audit?cursor=garbage", m_accounts.manager), 400));
        QVERIFY(isProblem(c.get("/api/v1/audit?limit=0", m_accounts.manager), 400));
        QVERIFY(isProblem(c.get("/api/v1/audit", m_accounts.staffParis), 403));
        QCOMPARE(c.get("/api/v1/audit", m_admin).status, 200);
    }

    // GET /reports/sales (every group_by) and /reports/vat: orders of known content in several
    // stores, channels, staff, payment methods, categories and VAT rates, with a promotion and a
    // refund; every figure computed here from the orders and compared to the cent.
    void salesAndVatReconcileToTheCent()
    {
        HttpClient c = client();
        const QString from = nextInstant(); // every earlier order is stamped before it
        QList<QJsonObject> sold;
        // Staff in Paris, by card: two rates and a promotion's discount spread over the lines.
        QVERIFY(c.post("/api/v1/promotions", {{u"code"_qs, u"BO-REC"_qs}, {u"percent_off"_qs, 15}},
                       m_accounts.manager)
                    .status == 201);
        QJsonObject o = order(m_accounts.staffParis, {line(kShirt, 2), line(kBook, 1), line(kGiftCard, 1)},
                              carryOutAt(u"loc_paris"_qs), u"pos"_qs, u"BO-REC"_qs);
        const QJsonObject cardPaid =
            pay(o, m_accounts.staffParis, {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}});
        sold.append(o);
        // Staff in Lyon, split between the terminal and a card.
        o = order(m_accounts.staffLyon, {line(kBowl, 3), line(kCoffee, 2)}, carryOutAt(u"loc_lyon"_qs),
                  u"pos"_qs);
        pay(o, m_accounts.staffLyon, {{u"method"_qs, u"terminal"_qs}, {u"amount"_qs, eur(1000)}});
        pay(o, m_accounts.staffLyon, {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}});
        sold.append(o);
        // The Paris kiosk, at its terminal.
        o = order(m_accounts.kioskParis, {line(kCoffee, 1), line(kShirt, 1)}, carryOutAt(u"loc_paris"_qs));
        pay(o, m_accounts.kioskParis, {{u"method"_qs, u"terminal"_qs}});
        sold.append(o);
        // A customer on the web, collected in Lyon, by card.
        o = order(m_customer, {line(kBook, 2)}, pickupAt(u"loc_lyon"_qs), u"web"_qs);
        pay(o, m_customer, {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}});
        sold.append(o);
        // Not sales: an unpaid order and a cancelled one.
        QVERIFY(!idOf(order(m_accounts.staffParis, {line(kShirt, 1)}, carryOutAt(u"loc_paris"_qs), u"pos"_qs))
                     .isEmpty());
        const QJsonObject cancelled =
            order(m_accounts.staffParis, {line(kBook, 1)}, carryOutAt(u"loc_paris"_qs), u"pos"_qs);
        QCOMPARE(c.post(orderPath(idOf(cancelled)) + "/cancel", {}, m_accounts.staffParis).status, 200);
        // A refund of part of the first order's card payment.
        QCOMPARE(c.post("/api/v1/payments/" + idOf(cardPaid).toStdString() + "/refunds",
                        {{u"amount"_qs, eur(750)}, {u"reason"_qs, u"geste commercial"_qs}},
                        m_accounts.staffParis, key())
                     .status,
                 201);
        const std::string window = "from=" + urlEncode(from) + "&to=" + urlEncode(nextInstant());

        // The orders as the server keeps them now (paid, refunded).
        QList<QJsonObject> orders;
        for (const QJsonObject& placed : sold) {
            const QJsonObject stored = orderOnServer(c, idOf(placed), m_accounts.manager);
            QCOMPARE(stored[u"status"_qs].toString(), u"paid"_qs);
            orders.append(stored);
        }
        const QString staffParis = userId(m_accounts.staffParis), staffLyon = userId(m_accounts.staffLyon);
        std::map<QString, QString> categoryOf;
        for (const QString& sku : {kShirt, kBowl, kBook, kCoffee, kGiftCard}) {
            const QJsonArray found = c.get("/api/v1/products?q=" + urlEncode(sku)).items();
            QVERIFY(!found.isEmpty());
            categoryOf[sku] = found[0][u"category_id"_qs].toString();
        }

        // Expected figures, computed from the orders' lines with the contract's arithmetic.
        std::map<QString, std::map<QString, Group>> expected; // group_by → key → figures
        std::map<int, std::pair<qint64, qint64>> vat;         // rate → (total, tax)
        for (const QJsonObject& ord : orders) {
            const QJsonObject totals = ord[u"totals"_qs].toObject();
            const qint64 total = amountOf(totals[u"total"_qs]);
            const qint64 refunded = amountOf(ord[u"refunded_total"_qs]);
            qint64 items = 0;
            QList<qint64> nets;
            for (const QJsonValue& l : ord[u"lines"_qs].toArray()) {
                items += qint64(l[u"quantity"_qs].toDouble());
                nets.append(amountOf(l[u"line_total"_qs]));
            }
            const QList<qint64> shares = largestRemainder(amountOf(totals[u"discount"_qs]), nets);
            qint64 taxSum = 0;
            const QJsonArray lines = ord[u"lines"_qs].toArray();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const int rate = lines[i][u"tax_rate_bp"_qs].toInt();
                const qint64 net = nets[i] - shares[i];
                const qint64 tax = vatIn(net, rate);
                taxSum += tax;
                vat[rate].first += net;
                vat[rate].second += tax;
                Group& g = expected[u"category"_qs][categoryOf[lines[i][u"sku"_qs].toString()]];
                g.subtotal += nets[i];
                g.discount += shares[i];
                g.total += net;
                g.tax += tax;
                g.items += qint64(lines[i][u"quantity"_qs].toDouble());
            }
            QCOMPARE(taxSum, amountOf(totals[u"tax"_qs])); // the lines' VAT adds up to the order's
            for (const QString& cat : [&] {
                     QSet<QString> cats;
                     for (const QJsonValue& l : lines)
                         cats.insert(categoryOf[l[u"sku"_qs].toString()]);
                     return cats;
                 }())
                ++expected[u"category"_qs][cat].orders;

            const QString placedByStaff =
                ord[u"channel"_qs].toString() == u"pos"
                    ? (ord[u"store_id"_qs].toString() == u"loc_paris" ? staffParis : staffLyon)
                    : QString();
            const std::map<QString, QString> keys{
                {u"day"_qs, ord[u"created_at"_qs].toString().left(10)},
                {u"hour"_qs, ord[u"created_at"_qs].toString().left(13) + u":00:00.000Z"_qs},
                {u"store"_qs, ord[u"store_id"_qs].toString()},
                {u"channel"_qs, ord[u"channel"_qs].toString()},
                {u"staff"_qs, placedByStaff}};
            for (const auto& [groupBy, k] : keys) {
                Group& g = expected[groupBy][k];
                ++g.orders;
                g.total += total;
                g.items += items;
                g.subtotal += amountOf(totals[u"subtotal"_qs]);
                g.discount += amountOf(totals[u"discount"_qs]);
                g.tax += amountOf(totals[u"tax"_qs]);
                g.refunded += refunded;
            }
            // By payment method: what each method took of this order (the refund was the card's).
            QVERIFY(m_taken.count(idOf(ord)));
            for (const auto& [method, taken] : m_taken[idOf(ord)]) {
                Group& g = expected[u"payment_method"_qs][method];
                ++g.orders;
                g.total += taken;
                g.refunded += idOf(ord) == idOf(sold[0]) && method == u"card" ? 750 : 0;
                g.items += items;
            }
            QCOMPARE(refunded, idOf(ord) == idOf(sold[0]) ? 750 : 0);
            // The VAT report is net of refunds by rate: a refund without lines is spread over
            // its order's lines as they were sold, each share's VAT taken off its rate.
            if (refunded > 0) {
                QList<qint64> soldNets;
                for (qsizetype i = 0; i < lines.size(); ++i)
                    soldNets.append(nets[i] - shares[i]);
                const QList<qint64> refundShares = largestRemainder(refunded, soldNets);
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const int rate = lines[i][u"tax_rate_bp"_qs].toInt();
                    vat[rate].first -= refundShares[i];
                    vat[rate].second -= vatIn(refundShares[i], rate);
                }
            }
        }
        QCOMPARE(expected[u"payment_method"_qs][u"card"_qs].refunded, 750);

        for (const QString& groupBy : {u"day"_qs, u"hour"_qs, u"store"_qs, u"channel"_qs, u"staff"_qs,
                                       u"payment_method"_qs, u"category"_qs}) {
            const Reply report = c.get(
                "/api/v1/reports/sales?group_by=" + groupBy.toStdString() + "&" + window, m_accounts.manager);
            QCOMPARE(report.status, 200);
            const std::map<QString, Group>& want = expected[groupBy];
            QCOMPARE(size_t(report.items().size()), want.size());
            for (const QJsonValue& row : report.items()) {
                const QString k = row[u"key"_qs].toString();
                QVERIFY2(want.count(k), qPrintable(groupBy + u": unexpected key "_qs + k));
                const Group& g = want.at(k);
                const QString where = groupBy + u" "_qs + k;
                QVERIFY2(qint64(row[u"orders"_qs].toDouble()) == g.orders, qPrintable(where + u" orders"_qs));
                QVERIFY2(amountOf(row[u"total"_qs]) == g.total, qPrintable(where + u" total"_qs));
                QVERIFY2(qint64(row[u"items"_qs].toDouble()) == g.items, qPrintable(where + u" items"_qs));
                QVERIFY2(amountOf(row[u"average_basket"_qs]) == averageOf(g.total, g.orders),
                         qPrintable(where + u" average basket"_qs));
                QVERIFY2(
                    qFuzzyCompare(row[u"items_per_basket"_qs].toDouble(), double(g.items) / double(g.orders)),
                    qPrintable(where + u" items per basket"_qs));
                if (groupBy != u"payment_method") {
                    QVERIFY2(amountOf(row[u"subtotal"_qs]) == g.subtotal,
                             qPrintable(where + u" subtotal"_qs));
                    QVERIFY2(amountOf(row[u"discount"_qs]) == g.discount,
                             qPrintable(where + u" discount"_qs));
                    QVERIFY2(amountOf(row[u"tax"_qs]) == g.tax, qPrintable(where + u" tax"_qs));
                }
                if (groupBy != u"category") {
                    QVERIFY2(amountOf(row[u"refunded"_qs]) == g.refunded,
                             qPrintable(where + u" refunded"_qs));
                    QVERIFY2(amountOf(row[u"net"_qs]) == g.total - g.refunded,
                             qPrintable(where + u" net"_qs));
                }
            }
        }
        // Named groups carry their label.
        for (const QJsonValue& row :
             c.get("/api/v1/reports/sales?group_by=staff&" + window, m_accounts.manager).items())
            QCOMPARE(row[u"label"_qs].isNull(), row[u"key"_qs].toString().isEmpty());

        // VAT by rate, all stores and one.
        Reply r = c.get("/api/v1/reports/vat?" + window, m_accounts.manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(size_t(r.items().size()), vat.size());
        for (const QJsonValue& row : r.items()) {
            const int rate = row[u"rate_bp"_qs].toInt();
            QVERIFY2(vat.count(rate), qPrintable(u"rate %1"_qs.arg(rate)));
            QCOMPARE(amountOf(row[u"total"_qs]), vat[rate].first);
            QCOMPARE(amountOf(row[u"tax"_qs]), vat[rate].second);
            QCOMPARE(amountOf(row[u"base"_qs]), vat[rate].first - vat[rate].second);
        }
        QVERIFY(vat.count(2000) && vat.count(550) && vat.count(0));
        r = c.get("/api/v1/reports/vat?store_id=loc_bordeaux&" + window, m_accounts.manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 0);
        r = c.get("/api/v1/reports/vat?store_id=loc_lyon&" + window, m_accounts.manager);
        qint64 lyonTotal = 0;
        for (const QJsonValue& row : r.items())
            lyonTotal += amountOf(row[u"total"_qs]);
        QCOMPARE(lyonTotal, expected[u"store"_qs][u"loc_lyon"_qs].total);
        // Paris: its sales less the refund of its first order.
        r = c.get("/api/v1/reports/vat?store_id=loc_paris&" + window, m_accounts.manager);
        qint64 parisTotal = 0;
        for (const QJsonValue& row : r.items())
            parisTotal += amountOf(row[u"total"_qs]);
        QCOMPARE(parisTotal, expected[u"store"_qs][u"loc_paris"_qs].total - 750);
        QVERIFY(isProblem(c.get("/api/v1/reports/vat?store_id=loc_nowhere", m_accounts.manager), 400));
        QVERIFY(isProblem(c.get("/api/v1/reports/vat?from=never", m_accounts.manager), 400));
        QVERIFY(
            isProblem(c.get("/api/v1/reports/vat?from=2026-02-01&to=2026-01-01", m_accounts.manager), 400));
        QVERIFY(isProblem(c.get("/api/v1/reports/sales?group_by=weather", m_accounts.manager), 400));
        QVERIFY(isProblem(c.get("/api/v1/reports/vat", m_accounts.staffParis), 403));
    }

    // Issue 16: the demo's generated sales (--demo-history-days) fill each past day at opening
    // hours in Paris, over channels and payment methods; their journal entries verify and the
    // days they fall on were closed at start.
    void demoHistoryFillsThePastDays()
    {
        TestServer demo{TestServer::Options{false,
                                            {u"--demo"_qs, u"--demo-history-days"_qs, u"3"_qs,
                                             u"--demo-history-orders-per-day"_qs, u"40"_qs}}};
        QVERIFY2(demo.start(), qPrintable(demo.lastError()));
        const std::string manager = demo.login(u"manager@demo.comptoir.fr"_qs);
        QVERIFY(!manager.empty());
        HttpClient c = demo.client();
        const QTimeZone paris("Europe/Paris");
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(paris).date();
        const std::string window =
            "from=" +
            urlEncode(QDateTime(today.addDays(-3), QTime(0, 0), paris).toUTC().toString(Qt::ISODateWithMs)) +
            "&to=" + urlEncode(QDateTime(today, QTime(0, 0), paris).toUTC().toString(Qt::ISODateWithMs));
        qint64 orders = 0;
        for (const QJsonValue& row :
             c.get("/api/v1/reports/sales?group_by=hour&" + window, manager).items()) {
            const QDateTime hour = QDateTime::fromString(row[u"key"_qs].toString(), Qt::ISODate);
            const int local = hour.toTimeZone(paris).time().hour();
            QVERIFY2(local >= 9 && local <= 19, qPrintable(row[u"key"_qs].toString()));
            orders += qint64(row[u"orders"_qs].toDouble());
        }
        QVERIFY2(orders >= 3 * 20, qPrintable(QString::number(orders)));
        QCOMPARE(c.get("/api/v1/reports/sales?group_by=day&" + window, manager).items().size(), 3);
        QCOMPARE(c.get("/api/v1/reports/sales?group_by=channel&" + window, manager).items().size(), 3);
        QVERIFY(c.get("/api/v1/reports/sales?group_by=payment_method&" + window, manager).items().size() >=
                2);
        QVERIFY(c.get("/api/v1/reports/sales?group_by=store&" + window, manager).items().size() >= 2);
        const Reply verify = c.get("/api/v1/fiscal/verify", manager);
        QCOMPARE(verify.json()[u"valid"_qs].toBool(), true);
        QVERIFY(qint64(verify.json()[u"entries"_qs].toDouble()) >= orders);
        // Yesterday is closed for the stores that sold, stamped with yesterday's date.
        int closedYesterday = 0;
        for (qint64 since = 0;;) {
            const QJsonArray page =
                c.get("/api/v1/fiscal/journal?limit=200&since=" + std::to_string(since), manager).items();
            for (const QJsonValue& e : page) {
                since = qint64(e[u"seq"_qs].toDouble());
                if (e[u"type"_qs].toString() == u"closure" &&
                    e[u"data"_qs][u"period"_qs].toString() == u"day" &&
                    e[u"data"_qs][u"date"_qs].toString() == today.addDays(-1).toString(Qt::ISODate))
                    ++closedYesterday;
            }
            if (page.size() < 200)
                break;
        }
        QVERIFY(closedYesterday >= 2);
    }

    // The funnel counts the kiosk's events and its paid orders (channel kiosk).
    void funnelCountsTheKiosk()
    {
        HttpClient c = client();
        const QString from = now();
        const QString session = u"bo-kiosk-session"_qs;
        QJsonArray events;
        for (const QString& type : {u"view_product"_qs, u"add_to_cart"_qs, u"begin_checkout"_qs})
            events.append(QJsonObject{{u"session_id"_qs, session},
                                      {u"channel"_qs, u"kiosk"_qs},
                                      {u"type"_qs, type},
                                      {u"product_id"_qs, u"prd_0207"_qs},
                                      {u"sku"_qs, kBowl},
                                      {u"at"_qs, now()}});
        QCOMPARE(c.post("/api/v1/events", {{u"events"_qs, events}}, m_accounts.kioskParis).status, 202);
        QJsonObject body{{u"lines"_qs, QJsonArray{line(kBowl, 1)}},
                         {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)},
                         {u"session_id"_qs, session}};
        const Reply placed = c.post("/api/v1/orders", body, m_accounts.kioskParis, key());
        QCOMPARE(placed.status, 201);
        pay(placed.json(), m_accounts.kioskParis, {{u"method"_qs, u"terminal"_qs}});
        const Reply r = c.get("/api/v1/reports/funnel?channel=kiosk&from=" + urlEncode(from) +
                                  "&to=" + urlEncode(nextInstant()),
                              m_accounts.manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"sessions"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"carts"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"checkouts"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"orders"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"conversion_rate"_qs].toDouble(), 1.0);
        QCOMPARE(r.json()[u"cart_abandonment_rate"_qs].toDouble(), 0.0);
        // The events are not staff work: no audit entry for them.
        for (const QJsonValue& v : everyItem(c, "/api/v1/audit?from=" + urlEncode(from), m_accounts.manager))
            QVERIFY(v[u"route"_qs].toString() != u"POST /api/v1/events");
    }

    void roleMatrix()
    {
        HttpClient c = client();
        const RunResult listed = runServerBinary({u"--list-routes"_qs});
        QCOMPARE(listed.exitCode, 0);
        QStringList routes = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(routes.size() > 50);
        // Signing out ends the token: that route goes last.
        std::stable_partition(routes.begin(), routes.end(),
                              [](const QString& r) { return r != u"POST /api/v1/auth/logout"; });
        const Reply enrolled = c.post("/api/v1/devices",
                                      {{u"name"_qs, u"Caisse matrice"_qs},
                                       {u"store_id"_qs, u"loc_paris"_qs},
                                       {u"kind"_qs, u"register"_qs}},
                                      m_accounts.manager);
        QCOMPARE(enrolled.status, 201);
        // Tokens of their own: the matrix signs each of them out.
        const std::array<std::string, 8> callers{
            std::string(),
            registerCustomer(m_server, u"matrix.customer@example.com"_qs, u"Mat Rix"_qs,
                             u"matrix-password"_qs)
                .token,
            c.post("/api/v1/devices", {{u"name"_qs, u"Borne matrice"_qs}, {u"store_id"_qs, u"loc_paris"_qs}},
                   m_accounts.manager)
                .json()[u"token"_qs]
                .toString()
                .toStdString(),
            enrolled.json()[u"token"_qs].toString().toStdString(),
            m_server.login(u"staff.paris@demo.comptoir.fr"_qs),
            m_server.login(u"staff.lyon@demo.comptoir.fr"_qs),
            m_server.login(u"manager@demo.comptoir.fr"_qs),
            m_server.login(u"admin@demo.comptoir.fr"_qs)};
        for (size_t i = 1; i < callers.size(); ++i)
            QVERIFY2(!callers[i].empty(), qPrintable(u"caller %1 signed in"_qs.arg(i)));

        std::map<QString, const MatrixRow*> table;
        for (const MatrixRow& row : kRoleMatrix)
            table[QString::fromLatin1(row.route)] = &row;
        const bool record = qEnvironmentVariableIsSet("COMPTOIR_RECORD_ROLE_MATRIX");
        QStringList missing, wrong;
        for (const QString& route : routes) {
            const auto found = table.find(route);
            if (found == table.end() && !record) {
                missing.append(route);
                continue;
            }
            const QString method = route.section(u' ', 0, 0);
            QString path = route.section(u' ', 1);
            static const QRegularExpression param(u"\\{[^}]+\\}"_qs);
            path.replace(param, u"zz-none"_qs);
            const std::string query = found == table.end() ? "" : found->second->query;
            const bool hasBody = method == u"POST" || method == u"PUT" || method == u"PATCH";
            std::array<int, 8> got{};
            for (size_t i = 0; i < callers.size(); ++i) {
                const Reply r = c.raw(method.toStdString(), path.toStdString() + query, hasBody ? "{}" : "",
                                      hasBody ? "application/json" : "", callers[i]);
                got[i] = r.status;
                if (r.status >= 400 && !isProblem(r, r.status))
                    wrong.append(route + u": not problem+json"_qs);
            }
            if (record) {
                QString line = u"    {\"%1\", {"_qs.arg(route);
                for (size_t i = 0; i < got.size(); ++i)
                    line += (i ? u", "_qs : QString()) + QString::number(got[i]);
                line += u"}"_qs +
                        (query.empty() ? QString() : u", \"%1\""_qs.arg(QString::fromStdString(query))) +
                        u"},"_qs;
                qInfo().noquote() << line;
            } else if (got != found->second->status) {
                QString line = route + u": got"_qs;
                for (const int g : got)
                    line += u" "_qs + QString::number(g);
                wrong.append(line);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"routes missing from the role matrix: "_qs + missing.join(u"; "_qs)));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"\n"_qs)));
        // Rows for routes the server no longer has are stale.
        for (const auto& [route, row] : table)
            QVERIFY2(routes.contains(route), qPrintable(u"no such route any more: "_qs + route));
        QCOMPARE(c.get("/healthz").status, 200);
    }

    // PUT /products/{id}/image: JPEG, PNG and WebP accepted (204, the version moves, the image
    // is served at its new address); anything else refused with nothing changed.
    void productImagesAreDecodedBeforeTheyAreKept()
    {
        HttpClient c = client();
        const auto upload = [&](const QByteArray& bytes, const char* type, const std::string& token,
                                const std::string& product = "prd_0371") {
            return c.raw("PUT", "/api/v1/products/" + product + "/image", bytes.toStdString(), type, token);
        };
        const auto version = [&] { return c.get("/api/v1/products/prd_0371").json()[u"version"_qs].toInt(); };
        int before = version();
        for (const auto& [bytes, type] :
             {std::pair{kJpeg, "image/jpeg"}, {kPng, "image/png"}, {kWebp, "image/webp"}}) {
            const Reply r = upload(bytes, type, m_accounts.manager);
            QCOMPARE(r.status, 204);
            QCOMPARE(version(), before + 1);
            before = version();
            const QString url = c.get("/api/v1/products/prd_0371").json()[u"image_url"_qs].toString();
            QVERIFY(url.startsWith(u"/images/uploads/"_qs));
            const Reply served = c.get(url.toStdString());
            QCOMPARE(served.status, 200);
            QCOMPARE(served.header("Content-Type"), std::string(type));
            QCOMPARE(QByteArray::fromStdString(served.body), bytes);
        }
        const QString kept = c.get("/api/v1/products/prd_0371").json()[u"image_url"_qs].toString();

        // Refused, and nothing changed: not an image, a truncated one, one whose header lies,
        // an empty body, one over 2 MiB, 50 MB (refused before it is read), unknown product.
        QByteArray truncated = kJpeg.left(kJpeg.size() / 2);
        QByteArray lying = kPng;
        lying[20] = char(0x7f); // width 2^31: refused before any pixel is decoded
        const QByteArray big = kPng + QByteArray(2 * 1024 * 1024, 'x');
        for (const auto& [bytes, status] : {std::pair{QByteArray("GIF89a not today"), 422},
                                            {QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>"), 422},
                                            {truncated, 422},
                                            {lying, 422},
                                            {kWebp.left(30), 422},
                                            {QByteArray(), 422},
                                            {big, 413}}) {
            const Reply r = upload(bytes, "image/png", m_accounts.manager);
            QVERIFY2(isProblem(r, status), r.body.c_str());
        }
        const std::string huge(50 * 1000 * 1000, '\0');
        const Reply hugeReply =
            c.raw("PUT", "/api/v1/products/prd_0371/image", huge, "image/jpeg", m_accounts.manager);
        QVERIFY2(isProblem(hugeReply, 413), hugeReply.body.c_str());
        QVERIFY(isProblem(upload(kPng, "image/png", m_accounts.manager, "prd_nothing"), 404));
        QVERIFY(isProblem(upload(kPng, "image/png", m_accounts.staffParis), 403));
        QVERIFY(isProblem(upload(kPng, "image/png", {}), 401));
        QCOMPARE(version(), before);
        QCOMPARE(c.get("/api/v1/products/prd_0371").json()[u"image_url"_qs].toString(), kept);
        QVERIFY(isProblem(c.get("/images/uploads/prd_nothing-v2"), 404));
        QVERIFY(isProblem(c.get("/images/uploads/..%2f..%2fetc%2fpasswd"), 404));
        // JSON routes keep their own limit (1 MiB).
        const std::string bigJson = "{\"name\":\"" + std::string(1100 * 1024, 'a') + "\"}";
        QVERIFY(isProblem(c.raw("PATCH", "/api/v1/users/x", bigJson, "application/json", m_admin), 413));
        QCOMPARE(c.get("/healthz").status, 200);
    }

    // Bad input on each new route: malformed JSON, wrong types, unknown ids, oversized and
    // hostile strings; always problem+json, and the server keeps serving.
    void badInputIsRefusedInWords()
    {
        HttpClient c = client();
        const std::string hostile =
            "\"; DROP TABLE users; -- <script>alert(1)</script> \u0000 \xf0\x9f\x92\xa9";
        const QString hostileText = QString::fromUtf8("'; DROP TABLE users; -- <script>\u202e");
        struct Case {
            const char* method;
            std::string path;
            std::string body;
            std::string token;
            int status;
        };
        const std::string userPath = "/api/v1/users/" + userId(m_accounts.staffParis).toStdString();
        const std::vector<Case> cases{
            {"PATCH", userPath, "{not json", m_admin, 400},
            {"PATCH", userPath, "[1,2]", m_admin, 400},
            {"PATCH", userPath, "{\"name\":42}", m_admin, 422},
            {"PATCH", userPath, "{\"role\":[\"admin\"]}", m_admin, 422},
            {"PATCH", userPath, "{\"store_id\":{}}", m_admin, 422},
            {"PATCH", userPath, "{\"name\":\"" + std::string(500, 'n') + "\"}", m_admin, 422},
            {"PATCH", "/api/v1/users/" + std::string(2000, 'u'), "{\"name\":\"x\"}", m_admin, 404},
            {"PATCH", "/api/v1/users/%27%3B%20DROP", "{\"name\":\"x\"}", m_admin, 404},
            {"GET", "/api/v1/users?limit=1000", "", m_admin, 400},
            {"GET", "/api/v1/users?cursor=%00%01", "", m_admin, 400},
            {"GET", "/api/v1/users?store_id=%27%20OR%201%3D1", "", m_admin, 200},
            {"GET", "/api/v1/devices?store_id=" + std::string(3000, 's'), "", m_accounts.manager, 422},
            {"DELETE", "/api/v1/devices/%27%20OR%201%3D1", "", m_accounts.manager, 404},
            {"PATCH", "/api/v1/promotions/%27%20OR%201%3D1", "{\"disabled\":true}", m_accounts.manager, 428},
            {"GET", "/api/v1/audit?actor=%27%20OR%201%3D1", "", m_accounts.manager, 200},
            {"GET", "/api/v1/audit?action=" + std::string(5000, 'a'), "", m_accounts.manager, 200},
            {"GET", "/api/v1/audit?limit=abc", "", m_accounts.manager, 400},
            {"GET", "/api/v1/audit?from=2026-13-45", "", m_accounts.manager, 400},
            {"GET", "/api/v1/reports/vat?store_id=%27%3B", "", m_accounts.manager, 400},
            {"GET", "/api/v1/reports/sales?group_by=%27%3B", "", m_accounts.manager, 400},
            {"PATCH", userPath, "{\"name\":\"ok\"}", m_admin, 200},
        };
        for (const Case& k : cases) {
            const Reply r = c.raw(k.method, k.path, k.body, "application/json", k.token);
            QVERIFY2(r.status == k.status, qPrintable(QString::fromStdString(k.path.substr(0, 80)) +
                                                      u" answered %1: "_qs.arg(r.status) +
                                                      QString::fromStdString(r.body.substr(0, 200))));
            if (k.status >= 400)
                QVERIFY2(isProblem(r, k.status), r.body.c_str());
        }
        // A hostile name is stored and served back as it was, as data.
        Reply r = c.patch(userPath, {{u"name"_qs, hostileText}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(c.get("/api/v1/me", m_accounts.staffParis).json()[u"name"_qs].toString(), hostileText);
        QCOMPARE(c.patch(userPath, {{u"name"_qs, u"Équipe Paris"_qs}}, m_admin).status, 200);
        r = c.raw("PATCH", userPath, hostile, "application/json", m_admin);
        QVERIFY(isProblem(r, 400));
        r = c.raw("PATCH", userPath, "{\"name\":\"x\"}", "text/plain", m_admin);
        QVERIFY(isProblem(r, 415));
        QCOMPARE(c.get("/healthz").status, 200);
        QCOMPARE(c.get("/api/v1/users?limit=1", m_admin).status, 200);
    }
};

QTEST_MAIN(TestBackOffice)
#include "tst_backoffice.moc"
