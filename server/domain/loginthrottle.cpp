#include "domain/loginthrottle.h"

namespace comptoir::server {

static int secondsUntil(LoginThrottle::Clock::time_point later, LoginThrottle::Clock::time_point now)
{
    const auto s = std::chrono::ceil<std::chrono::seconds>(later - now).count();
    return int(std::max<qint64>(1, s));
}

int LoginThrottle::admit(const QString& account, const std::string& address, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    auto& attempts = m_addresses[address];
    while (!attempts.empty() && attempts.front() <= now - m_limits.addressWindow)
        attempts.pop_front();
    if (int(attempts.size()) >= m_limits.attemptsPerAddress)
        return secondsUntil(attempts.front() + m_limits.addressWindow, now);
    const auto it = m_accounts.find(account);
    if (it != m_accounts.end() && it->second.lockedUntil > now)
        return secondsUntil(it->second.lockedUntil, now);
    attempts.push_back(now);
    // Keep memory bounded under a flood of distinct addresses.
    if (m_addresses.size() > 100'000)
        m_addresses.clear();
    return 0;
}

void LoginThrottle::recordFailure(const QString& account, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    AccountState& s = m_accounts[account];
    if (++s.consecutiveFailures >= m_limits.failuresPerAccount) {
        s.lockedUntil = now + m_limits.accountLock;
        s.consecutiveFailures = 0;
    }
    if (m_accounts.size() > 100'000)
        m_accounts.clear();
}

void LoginThrottle::recordSuccess(const QString& account)
{
    std::lock_guard lock(m_mutex);
    m_accounts.erase(account);
}

} // namespace comptoir::server
