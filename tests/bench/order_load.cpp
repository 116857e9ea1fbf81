// Load generator for the money path: N concurrent buyers, each placing an order and paying it
// by card (tokenize + pay), against a running comptoir-server. Prints throughput, latency
// percentiles and the consistency checks (no oversell, no duplicate). See docs/performance.md.
//
//   comptoir-bench-orders --port P [--mode distinct|hot] [--buyers 64] [--seconds 10]
#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <limits>
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
    }
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

    // SKUs: one per buyer (distinct) or one for all (hot), each stocked far beyond the run.
    std::vector<std::string> skus;
    const auto levels = parse(admin.Get(("/api/v1/inventory?limit=200&location_id=" + o.location).c_str(),
                                        httplib::Headers{{"Authorization", "Bearer " + token}}));
    for (const QJsonValue& v : levels.value("items").toArray())
        skus.push_back(v.toObject().value("sku").toString().toStdString());
    if (int(skus.size()) < o.buyers) {
        std::fprintf(stderr, "not enough SKUs at %s\n", o.location.c_str());
        return 1;
    }
    skus.resize(o.mode == "hot" ? 1 : size_t(o.buyers));
    const std::string run = std::to_string(Clock::now().time_since_epoch().count());
    for (const std::string& sku : skus) {
        post(admin, "/api/v1/inventory/adjustments",
             {{"sku", QString::fromStdString(sku)},
              {"location_id", QString::fromStdString(o.location)},
              {"delta", 1000000},
              {"reason", "receipt"}},
             token, "bench-stock-" + run + sku, status);
        if (status != 201) {
            std::fprintf(stderr, "stocking %s failed: %d\n", sku.c_str(), status);
            return 1;
        }
    }

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<double> orderMs, totalMs;
    std::set<std::string> orderIds;
    std::atomic<int> failures{0}, declines{0};
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
                if (st != 201) {
                    ++failures;
                    continue;
                }
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
            orderMs.insert(orderMs.end(), myOrder.begin(), myOrder.end());
            totalMs.insert(totalMs.end(), myTotal.begin(), myTotal.end());
            orderIds.insert(myIds.begin(), myIds.end());
        });
    const auto started = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(o.seconds));
    stop = true;
    for (auto& t : buyers)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();

    // Consistency: every paid order still holds its unit (carry-out, not completed yet).
    qint64 reserved = 0, available = std::numeric_limits<qint64>::max();
    for (const std::string& sku : skus) {
        const auto level =
            parse(admin.Get(("/api/v1/inventory?sku=" + sku + "&location_id=" + o.location).c_str()))
                .value("items")
                .toArray()
                .first()
                .toObject();
        reserved += qint64(level.value("reserved").toDouble());
        available = std::min<qint64>(available, qint64(level.value("available").toDouble()));
    }
    std::printf("mode=%s buyers=%d seconds=%.1f paid_orders=%zu failures=%d declines=%d\n", o.mode.c_str(),
                o.buyers, elapsed, totalMs.size(), failures.load(), declines.load());
    std::printf(
        "orders_per_s=%.0f order_p50_ms=%.2f order_p99_ms=%.2f order+pay_p50_ms=%.2f order+pay_p99_ms=%.2f\n",
        double(totalMs.size()) / elapsed, percentile(orderMs, 50), percentile(orderMs, 99),
        percentile(totalMs, 50), percentile(totalMs, 99));
    std::printf("unique_order_ids=%zu duplicates=%zu min_available=%lld reserved_total=%lld\n",
                orderIds.size(), totalMs.size() - orderIds.size(), static_cast<long long>(available),
                static_cast<long long>(reserved));
    return 0;
}
