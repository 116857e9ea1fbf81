#pragma once
// Login rate limiting (API.md): 10 failures in a row lock an account for a while, and more
// than 30 attempts a minute from one address are refused. Both answer 429 with Retry-After.
// In memory: a restart forgets, which only ever errs towards letting a person in.

#include <QHash>
#include <QString>
#include <chrono>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace comptoir::server {

class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;
    struct Limits {
        int failuresPerAccount = 10;
        std::chrono::seconds accountLock{300};
        int attemptsPerAddress = 30;
        std::chrono::seconds addressWindow{60};
    };

    explicit LoginThrottle(Limits limits) : m_limits(limits) {}

    // Seconds to wait before another attempt is allowed, or 0 to go ahead. Records the attempt.
    int admit(const QString& account, const std::string& address, Clock::time_point now = Clock::now());
    void recordFailure(const QString& account, Clock::time_point now = Clock::now());
    void recordSuccess(const QString& account);

private:
    struct AccountState {
        int consecutiveFailures = 0;
        Clock::time_point lockedUntil{};
    };
    Limits m_limits;
    std::mutex m_mutex;
    std::unordered_map<QString, AccountState> m_accounts;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_addresses;
};

} // namespace comptoir::server
