// The fiscal journal's periods (API.md "Fiscal journal"), against a real server: sales made on a
// day the server's clock says is three days ago (Debian's libfaketime), then the server restarted
// on today's clock closes each missed day once; closures by hand (roles, bad input, twice → 409),
// the list and the CSV of daily closures (additions), the signed archive of a closure checked with
// OpenSSL against the served public key, and the journaled reprint of a receipt (an addition).
#include "demoaccounts.h"
#include "orderbodies.h"
#include "testserver.h"
#include "tills.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <openssl/evp.h>

using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;
const QString kFakeTime = u"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"_qs;

QDate parisDay(const QString& rfc3339)
{
    return QDateTime::fromString(rfc3339, Qt::ISODateWithMs).toTimeZone(QTimeZone("Europe/Paris")).date();
}

QDate parisToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date();
}

bool signatureHolds(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                                size_t(publicKey.size()));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = key && ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                                     size_t(signature.size()),
                                     reinterpret_cast<const unsigned char*>(message.constData()),
                                     size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

// An archive holds when the signature in its header is the fiscal key's over its SHA-256 in hex.
bool archiveHolds(const QByteArray& publicKey, const QByteArray& body, const std::string& header)
{
    const QByteArray prefix = "ed25519=";
    const QByteArray value = QByteArray::fromStdString(header);
    if (!value.startsWith(prefix))
        return false;
    return signatureHolds(publicKey, QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(),
                          QByteArray::fromBase64(value.mid(prefix.size())));
}

} // namespace

class TestFiscalPeriods : public QObject {
    Q_OBJECT

    TestServer m_server;
    DemoAccounts m_accounts;
    RegisteredCustomer m_customer;
    int m_keys = 0;
    QDate m_salesDay;           // the trading day of the sales made three days ago
    qint64 m_salesNet = 0;      // their net total (sales − refunds)
    QString m_paidOrder;        // one of them, for reprints
    QJsonObject m_salesClosure; // the closure of m_salesDay

    httplib::Headers nextKey() { return idempotencyKey("periods-" + std::to_string(++m_keys)); }

    bool signIn()
    {
        m_customer.token = m_server.login(u"periods@example.fr"_qs, u"a-long-secret"_qs);
        return m_accounts.signInStaff(m_server) && m_accounts.signInKiosks(m_server) &&
               !m_customer.token.empty();
    }

    // A customer's pickup order at Paris paid by card: its id, its payment's id and its total.
    std::tuple<QString, QString, qint64> paidOrder(qint64 quantity)
    {
        auto c = m_server.client();
        const PaidByCard paid = placeAndPayByCard(
            c,
            {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, quantity}}}},
             {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}},
            m_customer.token, [this] { return nextKey(); });
        return {paid.orderId, paid.paymentId, paid.total};
    }

    QJsonArray closures(const std::string& query)
    {
        auto c = m_server.client();
        return everyItem(c, "/api/v1/fiscal/closures?limit=200" + query, m_accounts.manager);
    }

    Reply closeBy(const std::string& token, const QJsonObject& body, httplib::Headers key = {})
    {
        return m_server.client().post("/api/v1/fiscal/closures", body, token,
                                      key.empty() ? nextKey() : std::move(key));
    }

    QByteArray publicKey()
    {
        return QByteArray::fromBase64(
            m_server.client().get("/api/v1/fiscal/key").json().value(u"public_key"_qs).toString().toLatin1());
    }

private slots:
    void initTestCase()
    {
        // The server's wall clock runs three days behind while the sales are made; its timers keep
        // the real monotonic clock.
        QVERIFY2(QFile::exists(kFakeTime), "libfaketime is missing: installers/setup-deps.sh installs it");
        qputenv("LD_PRELOAD", kFakeTime.toLocal8Bit());
        qputenv("FAKETIME", "-3d");
        qputenv("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        const QByteArray asanOptions = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS",
                asanOptions + (asanOptions.isEmpty() ? "" : ":") + "verify_asan_link_order=0");
        const bool started = m_server.start();
        qunsetenv("LD_PRELOAD");
        qunsetenv("FAKETIME");
        qunsetenv("FAKETIME_DONT_FAKE_MONOTONIC");
        if (asanOptions.isEmpty())
            qunsetenv("ASAN_OPTIONS");
        else
            qputenv("ASAN_OPTIONS", asanOptions);
        QVERIFY2(started, qPrintable(m_server.lastError()));
        m_customer = registerCustomer(m_server, u"periods@example.fr"_qs, u"Periods"_qs, u"a-long-secret"_qs);
        QVERIFY(signIn());

        const auto [first, firstPayment, firstTotal] = paidOrder(2);
        const auto [second, secondPayment, secondTotal] = paidOrder(1);
        QVERIFY(!firstPayment.isEmpty() && !secondPayment.isEmpty());
        QCOMPARE(m_server.client()
                     .post("/api/v1/payments/" + secondPayment.toStdString() + "/refunds",
                           {{u"amount"_qs, eur(500)}, {u"reason"_qs, u"damaged"_qs}}, m_accounts.manager,
                           nextKey())
                     .status,
                 201);
        m_paidOrder = first;
        m_salesNet = firstTotal + secondTotal - 500;
        const QJsonArray entries =
            m_server.client().get("/api/v1/fiscal/journal", m_accounts.manager).json()[u"items"_qs].toArray();
        QCOMPARE(entries.size(), 3);
        m_salesDay = parisDay(entries.first()[u"at"_qs].toString());
        QVERIFY2(m_salesDay < parisToday().addDays(-2), qPrintable(m_salesDay.toString(Qt::ISODate)));
        // Nothing was due on the server's own (earlier) day.
        QCOMPARE(closures("").size(), 0);
    }

    void missedDaysAreClosedOnceEachAtStart()
    {
        // Back on today's clock: the days from the sales to yesterday close at start.
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QVERIFY(signIn());
        const QJsonArray days = closures("&store_id=loc_paris&period=day");
        QStringList dates;
        for (const QJsonValue& d : days)
            dates << d[u"data"_qs][u"date"_qs].toString();
        QStringList expected;
        for (QDate d = m_salesDay; d < parisToday(); d = d.addDays(1))
            expected << d.toString(Qt::ISODate);
        QCOMPARE(dates, expected);

        // The sales' day: its entries and totals; the days after it: nothing, the same grand total.
        m_salesClosure = days.first().toObject();
        const QJsonObject data = m_salesClosure[u"data"_qs].toObject();
        QCOMPARE(m_salesClosure[u"type"_qs].toString(), u"closure"_qs);
        QCOMPARE(m_salesClosure[u"store_id"_qs].toString(), u"loc_paris"_qs);
        QCOMPARE(data[u"period"_qs].toString(), u"day"_qs);
        QCOMPARE(data[u"store_id"_qs].toString(), u"loc_paris"_qs);
        QCOMPARE(data[u"first_seq"_qs].toInteger(), 1);
        QCOMPARE(data[u"last_seq"_qs].toInteger(), 3);
        QCOMPARE(data[u"net_total"_qs].toInteger(), m_salesNet);
        QCOMPARE(data[u"sales_total"_qs].toInteger() - data[u"refunds_total"_qs].toInteger(), m_salesNet);
        QCOMPARE(data[u"refunds_total"_qs].toInteger(), 500);
        QCOMPARE(data[u"grand_total_perpetual"_qs].toInteger(), m_salesNet);
        qint64 byRate = 0;
        for (const QJsonValue& t : data[u"totals"_qs].toArray()) {
            QCOMPARE(t[u"base"_qs].toInteger() + t[u"tax"_qs].toInteger(), t[u"total"_qs].toInteger());
            byRate += t[u"total"_qs].toInteger();
        }
        QCOMPARE(byRate, m_salesNet);
        const QJsonObject next = days.at(1)[u"data"_qs].toObject();
        QVERIFY(next[u"first_seq"_qs].isNull());
        QCOMPARE(next[u"net_total"_qs].toInteger(), 0);
        QCOMPARE(next[u"grand_total_perpetual"_qs].toInteger(), m_salesNet);
        // Other stores had no entry: nothing to close.
        QCOMPARE(closures("&store_id=loc_lyon").size(), 0);

        // Started again: nothing more to close, nothing closed twice.
        const qint64 before = closures("").size();
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QVERIFY(signIn());
        QCOMPARE(closures("").size(), before);
        const Reply verify = m_server.client().get("/api/v1/fiscal/verify", m_accounts.manager);
        QCOMPARE(verify.json()[u"valid"_qs].toBool(), true);
    }

    void onlyManagersClose()
    {
        const QJsonObject today{{u"period"_qs, u"day"_qs},
                                {u"store_id"_qs, u"loc_lyon"_qs},
                                {u"date"_qs, parisToday().toString(Qt::ISODate)}};
        QCOMPARE(closeBy({}, today).status, 401);
        QCOMPARE(closeBy(m_customer.token, today).status, 403);
        QCOMPARE(closeBy(m_accounts.kioskParis, today).status, 403);
        QCOMPARE(closeBy(m_accounts.staffLyon, today).status, 403);
        for (const std::string& path :
             std::vector<std::string>{"/api/v1/fiscal/closures", "/api/v1/fiscal/closures.csv",
                                      "/api/v1/fiscal/archives/" +
                                          std::to_string(qint64(m_salesClosure[u"seq"_qs].toInteger()))}) {
            auto c = m_server.client();
            QCOMPARE(c.get(path).status, 401);
            QCOMPARE(c.get(path, m_customer.token).status, 403);
            QCOMPARE(c.get(path, m_accounts.kioskParis).status, 403);
            QCOMPARE(c.get(path, m_accounts.staffParis).status, 403);
        }
    }

    void aDayClosesOnceByHand()
    {
        const QJsonObject today{{u"period"_qs, u"day"_qs},
                                {u"store_id"_qs, u"loc_paris"_qs},
                                {u"date"_qs, parisToday().toString(Qt::ISODate)}};
        const httplib::Headers key = nextKey();
        const Reply made = closeBy(m_accounts.manager, today, key);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json()[u"type"_qs].toString(), u"closure"_qs);
        QCOMPARE(made.json()[u"data"_qs][u"date"_qs].toString(), today[u"date"_qs].toString());
        QCOMPARE(made.json()[u"data"_qs][u"grand_total_perpetual"_qs].toInteger(), m_salesNet);
        // Asked again: the same answer for the same key, 409 for another.
        const Reply replayed = closeBy(m_accounts.manager, today, key);
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(replayed.json()[u"seq"_qs], made.json()[u"seq"_qs]);
        const Reply twice = closeBy(m_accounts.manager, today);
        QCOMPARE(twice.status, 409);
        QCOMPARE(QByteArray::fromStdString(twice.header("Content-Type")),
                 QByteArray("application/problem+json"));
        // A day before the last one closed is not open any more.
        QJsonObject earlier = today;
        earlier[u"date"_qs] = m_salesDay.addDays(-2).toString(Qt::ISODate);
        QCOMPARE(closeBy(m_accounts.manager, earlier).status, 409);
        // No key, no closure.
        QCOMPARE(m_server.client().post("/api/v1/fiscal/closures", today, m_accounts.manager).status, 400);
    }

    void badClosuresAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("field");
        const QDate today = parisToday();
        QTest::newRow("unknown store")
            << u"day"_qs << u"loc_nowhere"_qs << today.toString(Qt::ISODate) << u"store_id"_qs;
        QTest::newRow("no store") << u"day"_qs << QString() << today.toString(Qt::ISODate) << u"store_id"_qs;
        QTest::newRow("a day to come")
            << u"day"_qs << u"loc_lyon"_qs << today.addDays(1).toString(Qt::ISODate) << u"date"_qs;
        QTest::newRow("no such day") << u"day"_qs << u"loc_lyon"_qs << u"2026-02-30"_qs << u"date"_qs;
        QTest::newRow("not a date") << u"day"_qs << u"loc_lyon"_qs << u"yesterday"_qs << u"date"_qs;
        QTest::newRow("a month as a day") << u"day"_qs << u"loc_lyon"_qs << u"2026-01"_qs << u"date"_qs;
        QTest::newRow("this month") << u"month"_qs << u"loc_lyon"_qs << today.toString(u"yyyy-MM"_qs)
                                    << u"date"_qs;
        QTest::newRow("this year") << u"year"_qs << u"loc_lyon"_qs << QString::number(today.year())
                                   << u"date"_qs;
        QTest::newRow("a week") << u"week"_qs << u"loc_lyon"_qs << today.toString(Qt::ISODate)
                                << u"period"_qs;
    }

    void badClosuresAreRefusedInWords()
    {
        QFETCH(QString, period);
        QFETCH(QString, store);
        QFETCH(QString, date);
        QFETCH(QString, field);
        const Reply r = closeBy(m_accounts.manager,
                                {{u"period"_qs, period}, {u"store_id"_qs, store}, {u"date"_qs, date}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{field});
        const Reply malformed = m_server.client().raw("POST", "/api/v1/fiscal/closures", "{not json",
                                                      "application/json", m_accounts.manager, nextKey());
        QCOMPARE(malformed.status, 400);
    }

    void aMonthAddsUpItsDays()
    {
        const QDate lastMonth = parisToday().addMonths(-1);
        const QString text = lastMonth.toString(u"yyyy-MM"_qs);
        const bool closedAlready = !closures("&store_id=loc_paris&period=month").isEmpty();
        const Reply r =
            closeBy(m_accounts.manager,
                    {{u"period"_qs, u"month"_qs}, {u"store_id"_qs, u"loc_paris"_qs}, {u"date"_qs, text}});
        // The sales' month may have ended since: then it closed by itself at start.
        QCOMPARE(r.status, closedAlready ? 409 : 201);
        const QJsonArray months = closures("&store_id=loc_paris&period=month");
        QVERIFY(!months.isEmpty());
        for (const QJsonValue& m : months) {
            const QJsonObject data = m[u"data"_qs].toObject();
            const QString month = data[u"date"_qs].toString();
            qint64 net = 0;
            for (const QJsonValue& d : closures("&store_id=loc_paris&period=day&from=" + month.toStdString() +
                                                "-01&to=" + month.toStdString() + "-31"))
                net += d[u"data"_qs][u"net_total"_qs].toInteger();
            QCOMPARE(data[u"net_total"_qs].toInteger(), net);
            QVERIFY(data[u"grand_total_perpetual"_qs].toInteger() <= m_salesNet);
        }
        // The list reads by period dates: last month's closure is in a range of its days.
        QCOMPARE(closures("&store_id=loc_paris&period=month&from=" + text.toStdString() +
                          "-15&to=" + text.toStdString() + "-15")
                     .size(),
                 1);
        QCOMPARE(m_server.client().get("/api/v1/fiscal/closures?period=week", m_accounts.manager).status,
                 400);
        QCOMPARE(m_server.client().get("/api/v1/fiscal/closures?from=2026-13-01", m_accounts.manager).status,
                 400);
        QCOMPARE(m_server.client().get("/api/v1/fiscal/closures?cursor=zz", m_accounts.manager).status, 400);
    }

    void anArchiveIsSignedAndJournaled()
    {
        const qint64 seq = m_salesClosure[u"seq"_qs].toInteger();
        auto c = m_server.client();
        const Reply r = c.get("/api/v1/fiscal/archives/" + std::to_string(seq), m_accounts.manager);
        QCOMPARE(r.status, 200);
        const QByteArray body = QByteArray::fromStdString(r.body);
        const QList<QByteArray> lines = body.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // two sales, a refund, the closure
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object()[u"seq"_qs].toInteger(), seq);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object()[u"type"_qs].toString(), u"sale"_qs);
        const std::string header = r.header("Comptoir-Archive-Signature");
        QVERIFY(archiveHolds(publicKey(), body, header));
        // One byte changed (an amount), and the signature no longer holds.
        QByteArray tampered = body;
        const qsizetype at = tampered.indexOf("\"total\":") + 8;
        tampered[at] = tampered[at] == '9' ? '8' : '9';
        QVERIFY(!archiveHolds(publicKey(), tampered, header));

        // Making it was journaled.
        const QJsonArray entries =
            c.get("/api/v1/fiscal/journal?since=" + std::to_string(seq), m_accounts.manager)
                .json()[u"items"_qs]
                .toArray();
        const QJsonObject archive = entries.last().toObject();
        QCOMPARE(archive[u"type"_qs].toString(), u"archive"_qs);
        QCOMPARE(archive[u"data"_qs][u"closure_seq"_qs].toInteger(), seq);
        QCOMPARE(archive[u"data"_qs][u"sha256"_qs].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));

        QCOMPARE(c.get("/api/v1/fiscal/archives/1", m_accounts.manager).status, 404); // a sale
        QCOMPARE(c.get("/api/v1/fiscal/archives/999999", m_accounts.manager).status, 404);
        QCOMPARE(c.get("/api/v1/fiscal/archives/abc", m_accounts.manager).status, 400);
    }

    void dailyClosuresExportAsCsv()
    {
        const std::string range =
            "?store_id=loc_paris&from=" + m_salesDay.toString(Qt::ISODate).toStdString() +
            "&to=" + m_salesDay.addDays(1).toString(Qt::ISODate).toStdString();
        const Reply r = m_server.client().get("/api/v1/fiscal/closures.csv" + range, m_accounts.manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), std::string("text/csv; charset=utf-8"));
        const QList<QByteArray> rows = QByteArray::fromStdString(r.body).trimmed().split('\n');
        QCOMPARE(rows.first().trimmed(), QByteArray("store_id,date,closure_seq,vat_rate,base,vat,total"));
        qint64 salesDayTotal = 0;
        int emptyDays = 0;
        for (const QByteArray& row : rows.mid(1)) {
            const QList<QByteArray> f = row.trimmed().split(',');
            QCOMPARE(f.size(), 7);
            QCOMPARE(f[0], QByteArray("loc_paris"));
            if (f[1] == m_salesDay.toString(Qt::ISODate).toLatin1()) {
                QCOMPARE(f[3], QByteArray("20.00"));
                salesDayTotal += qRound64(f[6].toDouble() * 100);
            } else {
                QCOMPARE(f[3], QByteArray());
                ++emptyDays;
            }
        }
        QCOMPARE(salesDayTotal, m_salesNet);
        QCOMPARE(emptyDays, 1);
        QCOMPARE(
            m_server.client().get("/api/v1/fiscal/closures.csv?from=tomorrow", m_accounts.manager).status,
            400);
        QCOMPARE(m_server.client()
                     .get("/api/v1/fiscal/closures.csv?from=2026-02-02&to=2026-02-01", m_accounts.manager)
                     .status,
                 400);
    }

    void aReprintIsNumberedAndJournaled()
    {
        auto c = m_server.client();
        const std::string path = orderPath(m_paidOrder) + "/reprints";
        const httplib::Headers key = nextKey();
        const Reply first = c.post(path, QJsonObject{}, m_accounts.staffParis, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json()[u"reprint_number"_qs].toInteger(), 1);
        const Reply replayed = c.post(path, QJsonObject{}, m_accounts.staffParis, key);
        QCOMPARE(replayed.json()[u"reprint_number"_qs].toInteger(), 1);
        QCOMPARE(replayed.header("Idempotent-Replayed"), std::string("true"));
        const Reply second = c.post(path, QJsonObject{}, m_accounts.manager, nextKey());
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json()[u"reprint_number"_qs].toInteger(), 2);

        const qint64 seq = second.json()[u"entry_seq"_qs].toInteger();
        const QJsonObject entry =
            c.get("/api/v1/fiscal/journal?since=" + std::to_string(seq - 1) + "&limit=1", m_accounts.manager)
                .json()[u"items"_qs][0]
                .toObject();
        QCOMPARE(entry[u"type"_qs].toString(), u"reprint"_qs);
        QCOMPARE(entry[u"ref"_qs].toString(), m_paidOrder);
        QCOMPARE(entry[u"store_id"_qs].toString(), u"loc_paris"_qs);
        QCOMPARE(entry[u"data"_qs][u"reprint_number"_qs].toInteger(), 2);

        QCOMPARE(c.post(path, QJsonObject{}, {}, nextKey()).status, 401);
        QCOMPARE(c.post(path, QJsonObject{}, m_customer.token, nextKey()).status, 403);
        QCOMPARE(c.post(path, QJsonObject{}, m_accounts.kioskParis, nextKey()).status, 403);
        QCOMPARE(c.post(path, QJsonObject{}, m_accounts.staffLyon, nextKey()).status, 404); // not their store
        QCOMPARE(c.post("/api/v1/orders/ord_nowhere/reprints", QJsonObject{}, m_accounts.manager, nextKey())
                     .status,
                 404);
        QCOMPARE(c.post(path, QJsonObject{}, m_accounts.staffParis).status, 400); // no key
        // An order never paid has no receipt to reprint.
        const Reply unpaid =
            c.post("/api/v1/orders",
                   {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
                    {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}},
                   m_customer.token, nextKey());
        QCOMPARE(c.post(orderPath(idOf(unpaid.json())) + "/reprints", QJsonObject{}, m_accounts.staffParis,
                        nextKey())
                     .status,
                 409);
        QCOMPARE(c.get("/api/v1/fiscal/verify", m_accounts.manager).json()[u"valid"_qs].toBool(), true);
    }
    void aSaleAtATillNamesItsRegister()
    {
        auto c = m_server.client();
        // The customer's sales of initTestCase were made at no till.
        const QJsonArray first =
            c.get("/api/v1/fiscal/journal?limit=2", m_accounts.manager).json()[u"items"_qs].toArray();
        QCOMPARE(first.size(), 2);
        for (const QJsonValue& e : first)
            QVERIFY(e[u"register_id"_qs].isNull());

        const EnrolledRegister till = enrolRegister(c, m_accounts.manager, u"loc_paris"_qs);
        QVERIFY(!till.token.empty());
        QCOMPARE(setPin(c, m_accounts.staffParis, u"2468"_qs) / 100, 2);
        const std::string cashier = pinSignIn(c, till.token, u"staff.paris@demo.comptoir.fr"_qs, u"2468"_qs)
                                        .json()[u"token"_qs]
                                        .toString()
                                        .toStdString();
        QVERIFY(!cashier.empty());
        const PaidByCard paid =
            placeAndPayByCard(c,
                              {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
                               {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}},
                              cashier, [this] { return nextKey(); });
        QCOMPARE(paid.orderStatus, 201);
        QCOMPARE(paid.paymentStatus, 201);
        QJsonObject sale;
        for (const QJsonValue& e : everyItem(c, "/api/v1/fiscal/journal?limit=200", m_accounts.manager))
            if (e[u"ref"_qs].toString() == paid.orderId)
                sale = e.toObject();
        QCOMPARE(sale[u"type"_qs].toString(), u"sale"_qs);
        QCOMPARE(sale[u"register_id"_qs].toString(), till.userId);
    }
};

QTEST_GUILESS_MAIN(TestFiscalPeriods)
#include "tst_fiscalperiods.moc"
