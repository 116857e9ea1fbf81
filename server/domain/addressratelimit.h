#pragma once
// At most N requests per window from one network address (a sliding window), for anonymous
// routes that anyone may call in a loop (POST /events): past it, 429 with Retry-After. In
// memory: a restart forgets, which only lets a few more requests through.

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace comptoir::server {

class AddressRateLimit {
public:
    using Clock = std::chrono::steady_clock;

    AddressRateLimit(int requestsPerWindow, std::chrono::seconds window)
        : m_limit(requestsPerWindow), m_window(window)
    {
    }

    // Seconds to wait before the next request is admitted, or 0 to go ahead (then counted).
    [[nodiscard]] int admit(const std::string& address, Clock::time_point now = Clock::now());

private:
    int m_limit;
    std::chrono::seconds m_window;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_requests;
};

} // namespace comptoir::server
