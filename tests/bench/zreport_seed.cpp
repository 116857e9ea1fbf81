// Seeds one cash session with a day of counter sales, for the Z report benchmark (zreport.sh):
// a register enrolled at Paris, its drawer opened, then --sales carry-out orders of one to three
// lines over the three VAT rates, paid through the drawer by cash, card, terminal or split
// between two of them, a refund every 50 sales and a pay-in or pay-out every 250, from --threads
// clients at once. Prints `session=<id> payments=<n> refunds=<n> movements=<n>` and exits 1 when
// any request fails.
//
//   comptoir-bench-zreport-seed --port P [--sales 5000] [--threads 8]
#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <cstdio>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Options {
    int port = 8080;
    int sales = 5000;
    int threads = 8;
};

QJsonObject eur(qint64 amount)
{
    return {{QStringLiteral("amount"), double(amount)}, {QStringLiteral("currency"), QStringLiteral("EUR")}};
}

// One client's connection and token; every call counts its failures.
class Api {
public:
    Api(int port, std::string token) : m_client("127.0.0.1", port), m_token(std::move(token))
    {
        m_client.set_keep_alive(true);
        m_client.set_read_timeout(60, 0);
    }
    QJsonObject post(const std::string& path, const QJsonObject& body, int expected,
                     const std::string& key = {})
    {
        httplib::Headers headers;
        if (!m_token.empty())
            headers.emplace("Authorization", "Bearer " + m_token);
        if (!key.empty())
            headers.emplace("Idempotency-Key", key);
        const auto r = m_client.Post(path.c_str(), headers,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                                     "application/json");
        if (!r || r->status != expected) {
            std::fprintf(stderr, "POST %s: %d %s\n", path.c_str(), r ? r->status : 0,
                         r ? r->body.c_str() : "");
            failures++;
            return {};
        }
        return QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
    }
    QJsonObject get(const std::string& path)
    {
        httplib::Headers headers;
        if (!m_token.empty())
            headers.emplace("Authorization", "Bearer " + m_token);
        const auto r = m_client.Get(path.c_str(), headers);
        return r ? QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object() : QJsonObject();
    }
    static inline std::atomic<int> failures{0};

private:
    httplib::Client m_client;
    std::string m_token;
};

std::string login(int port, const char* email)
{
    Api anonymous(port, {});
    return anonymous
        .post("/api/v1/auth/login",
              {{QStringLiteral("email"), QString::fromLatin1(email)},
               {QStringLiteral("password"), QStringLiteral("comptoir-demo")}},
              200)
        .value(QStringLiteral("token"))
        .toString()
        .toStdString();
}

} // namespace

int main(int argc, char** argv)
{
    // A typo in a flag must stop the seeder, not seed the defaults silently.
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("port"), QStringLiteral("server port"), QStringLiteral("n")},
                       {QStringLiteral("sales"), QStringLiteral("sales to make"), QStringLiteral("n")},
                       {QStringLiteral("threads"), QStringLiteral("parallel sellers"), QStringLiteral("n")}});
    parser.process(app);
    Options o;
    if (parser.isSet(QStringLiteral("port")))
        o.port = parser.value(QStringLiteral("port")).toInt();
    if (parser.isSet(QStringLiteral("sales")))
        o.sales = parser.value(QStringLiteral("sales")).toInt();
    if (parser.isSet(QStringLiteral("threads")))
        o.threads = parser.value(QStringLiteral("threads")).toInt();
    const std::string manager = login(o.port, "manager@demo.comptoir.fr");
    const std::string staff = login(o.port, "staff.paris@demo.comptoir.fr");
    Api admin(o.port, manager);
    const QString till = admin
                             .post("/api/v1/devices",
                                   {{QStringLiteral("name"), QStringLiteral("Caisse bench")},
                                    {QStringLiteral("store_id"), QStringLiteral("loc_paris")},
                                    {QStringLiteral("kind"), QStringLiteral("register")}},
                                   201)
                             .value(QStringLiteral("user"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString();
    // Four SKUs of each VAT rate, stocked for the whole day.
    std::vector<QString> skus;
    int perClass[3] = {0, 0, 0};
    const QStringList classes{QStringLiteral("standard"), QStringLiteral("reduced"), QStringLiteral("zero")};
    for (const QJsonValue& p :
         admin.get("/api/v1/products?limit=200").value(QStringLiteral("items")).toArray()) {
        const auto cls = classes.indexOf(p.toObject().value(QStringLiteral("tax_class")).toString());
        if (cls < 0 || perClass[cls] == 4)
            continue;
        ++perClass[cls];
        const QString sku = p.toObject()
                                .value(QStringLiteral("variants"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("sku"))
                                .toString();
        skus.push_back(sku);
        admin.post("/api/v1/inventory/adjustments",
                   {{QStringLiteral("sku"), sku},
                    {QStringLiteral("location_id"), QStringLiteral("loc_paris")},
                    {QStringLiteral("delta"), o.sales * 3},
                    {QStringLiteral("reason"), QStringLiteral("receipt")}},
                   201, "bench-stock-" + sku.toStdString());
    }
    const QString session =
        Api(o.port, staff)
            .post("/api/v1/cash-sessions",
                  {{QStringLiteral("register_id"), till}, {QStringLiteral("opening_float"), eur(20000)}}, 201,
                  "bench-open")
            .value(QStringLiteral("id"))
            .toString();
    if (Api::failures > 0 || session.isEmpty() || skus.size() != 12)
        return 1;

    std::atomic<int> next{0}, payments{0}, refunds{0}, movements{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < o.threads; ++t)
        threads.emplace_back([&, t] {
            Api api(o.port, staff);
            Api anonymous(o.port, {});
            const auto through = [&](QJsonObject body) {
                body.insert(QStringLiteral("cash_session_id"), session);
                return body;
            };
            const auto card = [&](std::optional<qint64> amount) {
                QJsonObject body{{QStringLiteral("method"), QStringLiteral("card")},
                                 {QStringLiteral("token"),
                                  anonymous
                                      .post("/api/v1/payments/tokens",
                                            {{QStringLiteral("number"), QStringLiteral("4242424242424242")},
                                             {QStringLiteral("exp_month"), 12},
                                             {QStringLiteral("exp_year"), 2040},
                                             {QStringLiteral("cvc"), QStringLiteral("123")}},
                                            201)
                                      .value(QStringLiteral("token"))}};
                if (amount)
                    body.insert(QStringLiteral("amount"), eur(*amount));
                return through(body);
            };
            for (int i = next++; i < o.sales; i = next++) {
                const std::string key = "bench-" + std::to_string(t) + "-" + std::to_string(i);
                QJsonArray lines;
                for (int l = 0; l <= i % 3; ++l)
                    lines.append(QJsonObject{{QStringLiteral("sku"), skus[size_t((i * 7 + l * 5) % 12)]},
                                             {QStringLiteral("quantity"), 1 + (i + l) % 3}});
                const QJsonObject order =
                    api.post("/api/v1/orders",
                             {{QStringLiteral("lines"), lines},
                              {QStringLiteral("fulfillment"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("carry_out")},
                                           {QStringLiteral("location_id"), QStringLiteral("loc_paris")}}}},
                             201, key + "-o");
                const std::string pay = "/api/v1/orders/" +
                                        order.value(QStringLiteral("id")).toString().toStdString() +
                                        "/payments";
                const qint64 total = qint64(order.value(QStringLiteral("totals"))
                                                .toObject()
                                                .value(QStringLiteral("total"))
                                                .toObject()
                                                .value(QStringLiteral("amount"))
                                                .toDouble());
                const QJsonObject cash{{QStringLiteral("method"), QStringLiteral("cash")},
                                       {QStringLiteral("tendered"), eur(total)}};
                QJsonObject first;
                switch (i % 4) {
                case 0:
                    first = api.post(pay, through(cash), 201, key + "-p1");
                    break;
                case 1:
                    first = api.post(pay, card({}), 201, key + "-p1");
                    break;
                case 2:
                    first = api.post(pay, through({{QStringLiteral("method"), QStringLiteral("terminal")}}),
                                     201, key + "-p1");
                    break;
                case 3: { // half in cash, the rest by card
                    QJsonObject half = through(cash);
                    half.insert(QStringLiteral("amount"), eur(total / 2));
                    first = api.post(pay, half, 201, key + "-p1");
                    api.post(pay, card({}), 201, key + "-p2");
                    ++payments;
                    break;
                }
                }
                ++payments;
                if (i % 50 == 49) {
                    api.post("/api/v1/payments/" +
                                 first.value(QStringLiteral("id")).toString().toStdString() + "/refunds",
                             through({{QStringLiteral("amount"), eur(1)}}), 201, key + "-r");
                    ++refunds;
                }
                if (i % 250 == 125) {
                    api.post("/api/v1/cash-sessions/" + session.toStdString() + "/movements",
                             {{QStringLiteral("kind"),
                               i % 500 == 125 ? QStringLiteral("in") : QStringLiteral("out")},
                              {QStringLiteral("amount"), eur(1000)},
                              {QStringLiteral("reason"), QStringLiteral("bench")}},
                             201, key + "-m");
                    ++movements;
                }
            }
        });
    for (auto& t : threads)
        t.join();
    std::printf("session=%s payments=%d refunds=%d movements=%d failures=%d\n", qPrintable(session),
                payments.load(), refunds.load(), movements.load(), Api::failures.load());
    return Api::failures > 0 ? 1 : 0;
}
