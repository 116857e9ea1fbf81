#include "domain/addressratelimit.h"

#include <algorithm>

namespace comptoir::server {

int AddressRateLimit::admit(const std::string& address, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    auto& times = m_requests[address];
    while (!times.empty() && times.front() <= now - m_window)
        times.pop_front();
    if (int(times.size()) >= m_limit) {
        const auto wait = std::chrono::ceil<std::chrono::seconds>(times.front() + m_window - now).count();
        return int(std::max<long long>(1, wait));
    }
    times.push_back(now);
    // Keep memory bounded under a flood of distinct addresses: forgetting only lets some through.
    if (m_requests.size() > 100'000)
        m_requests.clear();
    return 0;
}

} // namespace comptoir::server
