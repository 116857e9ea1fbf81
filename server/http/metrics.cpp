#include "http/metrics.h"

#include <sstream>

namespace comptoir::server {

Metrics::Metrics() : m_started(std::chrono::steady_clock::now()) {}

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    Series& s = m_series[Key{method, route, status}];
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++s.buckets[i];
    ++s.count;
    s.sum += seconds;
}

static std::string labels(const std::string& method, const std::string& route, int status)
{
    // Routes are our own patterns and methods a fixed set: nothing here needs escaping.
    return "method=\"" + method + "\",route=\"" + route + "\",status=\"" + std::to_string(status) + "\"";
}

std::string Metrics::render() const
{
    std::ostringstream out;
    std::lock_guard lock(m_mutex);
    out << "# HELP comptoir_http_requests_total HTTP requests answered, by method, route and status.\n"
        << "# TYPE comptoir_http_requests_total counter\n";
    for (const auto& [key, s] : m_series)
        out << "comptoir_http_requests_total{" << labels(std::get<0>(key), std::get<1>(key), std::get<2>(key))
            << "} " << s.count << '\n';
    out << "# HELP comptoir_http_request_duration_seconds Time from routing to answer, by method, route and "
           "status.\n"
        << "# TYPE comptoir_http_request_duration_seconds histogram\n";
    for (const auto& [key, s] : m_series) {
        const std::string l = labels(std::get<0>(key), std::get<1>(key), std::get<2>(key));
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out << "comptoir_http_request_duration_seconds_bucket{" << l << ",le=\"" << kBuckets[i] << "\"} "
                << s.buckets[i] << '\n';
        out << "comptoir_http_request_duration_seconds_bucket{" << l << ",le=\"+Inf\"} " << s.count << '\n';
        out << "comptoir_http_request_duration_seconds_sum{" << l << "} " << s.sum << '\n';
        out << "comptoir_http_request_duration_seconds_count{" << l << "} " << s.count << '\n';
    }
    const double uptime = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    out << "# HELP comptoir_uptime_seconds Seconds since the server started.\n"
        << "# TYPE comptoir_uptime_seconds gauge\n"
        << "comptoir_uptime_seconds " << uptime << '\n';
    return out.str();
}

} // namespace comptoir::server
