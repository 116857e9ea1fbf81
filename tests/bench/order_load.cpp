// Load generator for the money path: N concurrent buyers, each placing an order and paying it
// by card (tokenize + pay), against a running comptoir-server. Prints throughput, latency
// percentiles and the consistency checks, and exits 1 when a check fails. See docs/performance.md.
//
//   comptoir-bench-orders --port P [--mode distinct|hot|race|reads] [--buyers 64] [--seconds 10] [--units
//   500]
//
// --mode reads: each buyer reads product pages (GET /products/{id}) instead, for the reads per
// second of a server or of several behind a load balancer.
//
// distinct: each buyer on a SKU of its own; hot: all on one SKU; both for --seconds. Checked after
// the run: no order id twice, each SKU's `reserved` grew by exactly the orders placed on it (a
// carry-out order holds its unit until handed over) and its `available` is not below zero.
// race: all buyers on one SKU that has exactly --units available, until each is refused: exactly
// --units orders placed and paid, `available` 0, and every refusal a 409.
#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    int port = 8080;
    std::string mode = "distinct";
    int buyers = 64;
    int seconds = 10;
    int units = 500; // race: what is on the shelf
    std::string location = "loc_paris";
};

QJsonObject parse(const httplib::Result& r)
{
    return r ? QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object() : QJsonObject();
}

std::string post(httplib::Client& c, const std::string& path, const QJsonObject& body,
                 const std::string& token, const std::string& key, int& status)
{
    httplib::Headers headers;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    if (!key.empty())
        headers.emplace("Idempotency-Key", key);
    const auto r =
        c.Post(path.c_str(), headers, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
               "application/json");
    status = r ? r->status : 0;
    return r ? r->body : std::string();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())))];
}

} // namespace

// Every buyer reads product pages, one after another, for --seconds.
int readProducts(const Options& o, const std::string& token)
{
    httplib::Client admin("127.0.0.1", o.port);
    std::vector<std::string> ids;
    const auto page = parse(admin.Get("/api/v1/products?limit=100"));
    for (const QJsonValue& v : page.value("items").toArray())
        ids.push_back(v.toObject().value("id").toString().toStdString());
    if (ids.empty()) {
        std::fprintf(stderr, "no products to read\n");
        return 1;
    }
    std::atomic<bool> stop{false};
    std::atomic<int> failures{0};
    std::mutex mutex;
    std::vector<double> readMs;
    std::vector<std::thread> readers;
    for (int b = 0; b < o.buyers; ++b)
        readers.emplace_back([&, b] {
            httplib::Client c("127.0.0.1", o.port);
            c.set_keep_alive(true);
            c.set_tcp_nodelay(true);
            const httplib::Headers auth{{"Authorization", "Bearer " + token}};
            std::vector<double> mine;
            for (size_t i = size_t(b); !stop; ++i) {
                const auto t0 = Clock::now();
                const auto r = c.Get(("/api/v1/products/" + ids[i % ids.size()]).c_str(), auth);
                if (!r || r->status != 200) {
                    ++failures;
                    continue;
                }
                mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            }
            std::lock_guard lock(mutex);
            readMs.insert(readMs.end(), mine.begin(), mine.end());
        });
    const auto started = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(o.seconds));
    stop = true;
    for (auto& t : readers)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    std::printf("mode=reads buyers=%d seconds=%.1f reads=%zu failures=%d\n", o.buyers, elapsed, readMs.size(),
                failures.load());
    std::printf("reads_per_s=%.0f read_p50_ms=%.2f read_p99_ms=%.2f\n", double(readMs.size()) / elapsed,
                percentile(readMs, 50), percentile(readMs, 99));
    return failures == 0 ? 0 : 1;
}

int main(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--port")
            o.port = std::stoi(value);
        else if (flag == "--mode")
            o.mode = value;
        else if (flag == "--buyers")
            o.buyers = std::stoi(value);
        else if (flag == "--seconds")
            o.seconds = std::stoi(value);
        else if (flag == "--location")
            o.location = value;
        else if (flag == "--units")
            o.units = std::stoi(value);
    }
    if (o.mode != "distinct" && o.mode != "hot" && o.mode != "race" && o.mode != "reads") {
        std::fprintf(stderr, "--mode must be distinct, hot, race or reads\n");
        return 2;
    }
    const bool race = o.mode == "race";
    httplib::Client admin("127.0.0.1", o.port);
    admin.set_tcp_nodelay(true);
    int status = 0;
    const QJsonObject login =
        QJsonDocument::fromJson(
            QByteArray::fromStdString(
                post(admin, "/api/v1/auth/login",
                     {{"email", "manager@demo.comptoir.fr"}, {"password", "comptoir-demo"}}, "", "", status)))
            .object();
    const std::string token = login.value("token").toString().toStdString();
    if (token.empty()) {
        std::fprintf(stderr, "cannot sign in as the demo manager (status %d)\n", status);
        return 1;
    }

    if (o.mode == "reads")
        return readProducts(o, token);

    // SKUs: one per buyer (distinct) or one for all (hot, race).
    std::vector<std::string> skus;
    const auto levels = parse(admin.Get(("/api/v1/inventory?limit=200&location_id=" + o.location).c_str(),
                                        httplib::Headers{{"Authorization", "Bearer " + token}}));
    for (const QJsonValue& v : levels.value("items").toArray())
        skus.push_back(v.toObject().value("sku").toString().toStdString());
    if (int(skus.size()) < o.buyers) {
        std::fprintf(stderr, "not enough SKUs at %s\n", o.location.c_str());
        return 1;
    }
    skus.resize(o.mode == "distinct" ? size_t(o.buyers) : 1);
    const auto levelOf = [&](const std::string& sku) {
        return parse(admin.Get(("/api/v1/inventory?sku=" + sku + "&location_id=" + o.location).c_str()))
            .value("items")
            .toArray()
            .first()
            .toObject();
    };
    const auto number = [](const QJsonObject& level, const char* field) {
        return qint64(level.value(field).toDouble());
    };
    // Timed runs: enough on the shelf for the run (the throughput is measured, not the refusals).
    // The race: exactly --units available, whatever was there (a count sets what is on the shelf).
    const std::string run = std::to_string(Clock::now().time_since_epoch().count());
    std::map<std::string, qint64> reservedBefore;
    for (const std::string& sku : skus) {
        const qint64 available = number(levelOf(sku), "available");
        const qint64 delta = race ? o.units - available : 100000;
        if (delta != 0) {
            post(admin, "/api/v1/inventory/adjustments",
                 {{"sku", QString::fromStdString(sku)},
                  {"location_id", QString::fromStdString(o.location)},
                  {"delta", delta},
                  {"reason", race ? "count" : "receipt"}},
                 token, "bench-stock-" + run + sku, status);
            if (status != 201) {
                std::fprintf(stderr, "stocking %s failed: %d\n", sku.c_str(), status);
                return 1;
            }
        }
        reservedBefore[sku] = number(levelOf(sku), "reserved");
    }

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<double> orderMs, totalMs;
    std::set<std::string> orderIds;
    std::map<std::string, qint64> placedPerSku;
    std::atomic<int> failures{0}, declines{0}, refused{0}, buyersRefused{0}, buyersDone{0};
    std::vector<std::thread> buyers;
    for (int b = 0; b < o.buyers; ++b)
        buyers.emplace_back([&, b] {
            httplib::Client c("127.0.0.1", o.port);
            c.set_keep_alive(true);
            c.set_tcp_nodelay(true); // else Nagle holds each POST's body behind its headers for ~40 ms
            c.set_read_timeout(30, 0);
            const std::string sku = skus[size_t(b) % skus.size()];
            std::vector<double> myOrder, myTotal;
            std::vector<std::string> myIds;
            qint64 myPlaced = 0;
            for (int i = 0; !stop; ++i) {
                const auto t0 = Clock::now();
                int st = 0;
                const std::string key = run + "-" + std::to_string(b) + "-" + std::to_string(i);
                const QJsonObject order =
                    QJsonDocument::fromJson(
                        QByteArray::fromStdString(post(
                            c, "/api/v1/orders",
                            {{"lines",
                              QJsonArray{QJsonObject{{"sku", QString::fromStdString(sku)}, {"quantity", 1}}}},
                             {"fulfillment",
                              QJsonObject{{"type", "carry_out"},
                                          {"location_id", QString::fromStdString(o.location)}}}},
                            token, "o-" + key, st)))
                        .object();
                const auto t1 = Clock::now();
                if (race && st == 409) { // sold out: this buyer is done
                    ++refused;
                    ++buyersRefused;
                    break;
                }
                if (st != 201) {
                    ++failures;
                    if (race)
                        break;
                    continue;
                }
                ++myPlaced;
                const std::string id = order.value("id").toString().toStdString();
                const QJsonObject card =
                    QJsonDocument::fromJson(QByteArray::fromStdString(post(c, "/api/v1/payments/tokens",
                                                                           {{"number", "4242424242424242"},
                                                                            {"exp_month", 12},
                                                                            {"exp_year", 2035},
                                                                            {"cvc", "123"}},
                                                                           token, "", st)))
                        .object();
                const QJsonObject payment =
                    QJsonDocument::fromJson(
                        QByteArray::fromStdString(
                            post(c, "/api/v1/orders/" + id + "/payments",
                                 {{"method", "card"}, {"token", card.value("token").toString()}}, token,
                                 "p-" + key, st)))
                        .object();
                const auto t2 = Clock::now();
                if (st != 201) {
                    ++failures;
                    continue;
                }
                if (payment.value("status").toString() != "captured")
                    ++declines;
                myOrder.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                myTotal.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
                myIds.push_back(id);
            }
            std::lock_guard lock(mutex);
            ++buyersDone;
            placedPerSku[sku] += myPlaced;
            orderMs.insert(orderMs.end(), myOrder.begin(), myOrder.end());
            totalMs.insert(totalMs.end(), myTotal.begin(), myTotal.end());
            orderIds.insert(myIds.begin(), myIds.end());
        });
    const auto started = Clock::now();
    if (!race) {
        std::this_thread::sleep_for(std::chrono::seconds(o.seconds));
        stop = true;
    } else {
        // Every buyer stops at its refusal; a server that never refuses is stopped after a minute
        // (and fails the checks below: more sold than was on the shelf).
        const auto deadline = started + std::chrono::seconds(std::max(o.seconds, 60));
        while (buyersDone < o.buyers && Clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        stop = true;
    }
    for (auto& t : buyers)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();

    // Consistency: every order placed still holds its unit (carry-out, not handed over yet).
    qint64 minAvailable = std::numeric_limits<qint64>::max(), reservedGrowth = 0, placed = 0;
    std::vector<std::string> problems;
    for (const std::string& sku : skus) {
        const QJsonObject level = levelOf(sku);
        const qint64 growth = number(level, "reserved") - reservedBefore[sku];
        minAvailable = std::min(minAvailable, number(level, "available"));
        reservedGrowth += growth;
        placed += placedPerSku[sku];
        if (growth != placedPerSku[sku])
            problems.push_back(sku + ": reserved grew by " + std::to_string(growth) + " for " +
                               std::to_string(placedPerSku[sku]) + " orders placed");
    }
    const size_t paid = totalMs.size() - size_t(declines.load());
    const size_t duplicates = totalMs.size() - orderIds.size();
    if (minAvailable < 0)
        problems.push_back("oversold: available is " + std::to_string(minAvailable));
    if (duplicates != 0)
        problems.push_back(std::to_string(duplicates) + " order ids answered twice");
    if (race) {
        if (placed != o.units || qint64(paid) != o.units)
            problems.push_back("race: " + std::to_string(placed) + " orders placed and " +
                               std::to_string(paid) + " paid for " + std::to_string(o.units) + " units");
        if (minAvailable != 0)
            problems.push_back("race: " + std::to_string(minAvailable) + " units left unsold");
        if (failures != 0 || buyersRefused != o.buyers)
            problems.push_back("race: " + std::to_string(failures.load()) + " refusals other than 409, " +
                               std::to_string(o.buyers - buyersRefused.load()) + " buyers never refused");
    }
    std::printf("mode=%s buyers=%d seconds=%.1f paid_orders=%zu failures=%d declines=%d refused_409=%d\n",
                o.mode.c_str(), o.buyers, elapsed, paid, failures.load(), declines.load(), refused.load());
    std::printf(
        "orders_per_s=%.0f order_p50_ms=%.2f order_p99_ms=%.2f order+pay_p50_ms=%.2f order+pay_p99_ms=%.2f\n",
        double(totalMs.size()) / elapsed, percentile(orderMs, 50), percentile(orderMs, 99),
        percentile(totalMs, 50), percentile(totalMs, 99));
    std::printf("unique_order_ids=%zu duplicates=%zu min_available=%lld oversold=%lld reserved_growth=%lld "
                "orders_placed=%lld\n",
                orderIds.size(), duplicates, static_cast<long long>(minAvailable),
                static_cast<long long>(minAvailable < 0 ? -minAvailable : 0),
                static_cast<long long>(reservedGrowth), static_cast<long long>(placed));
    for (const std::string& p : problems)
        std::fprintf(stderr, "CHECK FAILED: %s\n", p.c_str());
    return problems.empty() ? 0 : 1;
}
