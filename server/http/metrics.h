#pragma once
// Prometheus metrics: request count and latency histogram by method, route and status.

#include <QString>
#include <array>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace comptoir::server {

class Metrics {
public:
    Metrics();
    void observe(const std::string& method, const std::string& route, int status, double seconds);
    // The text exposition format (version 0.0.4).
    [[nodiscard]] std::string render() const;

private:
    static constexpr std::array kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                            0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    struct Series {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    using Key = std::tuple<std::string, std::string, int>;
    mutable std::mutex m_mutex;
    std::map<Key, Series> m_series;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace comptoir::server
