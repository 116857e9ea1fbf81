#pragma once
// Exponential backoff with jitter: after each failure the wait doubles up to a cap, and a random
// half of it is drawn so that a store's kiosks do not all knock again at the same instant.

#include <chrono>

namespace comptoir::sync {

class Backoff {
public:
    using Duration = std::chrono::milliseconds;
    Backoff(Duration base, Duration cap) : m_base(base), m_cap(cap) {}

    // The wait before the next attempt, after one more failure.
    [[nodiscard]] Duration nextDelay();
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }

private:
    Duration m_base;
    Duration m_cap;
    int m_failures = 0;
};

} // namespace comptoir::sync
