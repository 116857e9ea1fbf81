#pragma once
// A circuit breaker for the outbox pusher: after a run of failures it opens and refuses attempts
// for a cool-down, then lets one probe through (half-open); a success closes it again. It keeps a
// kiosk from hammering a server that is down, and keeps the till responsive meanwhile.

#include <QDeadlineTimer>

namespace comptoir::sync {

class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };
    CircuitBreaker(int threshold, int coolDownMs) : m_threshold(threshold), m_coolDownMs(coolDownMs) {}

    // Whether an attempt may go now; an open breaker past its cool-down turns half-open.
    [[nodiscard]] bool allowsAttempt();
    void recordSuccess();
    void recordFailure();
    [[nodiscard]] State state() const { return m_state; }
    // Milliseconds until an open breaker lets a probe through (0 when it already would).
    [[nodiscard]] qint64 remainingCoolDownMs() const;

private:
    int m_threshold;
    int m_coolDownMs;
    int m_failures = 0;
    State m_state = State::Closed;
    QDeadlineTimer m_reopensAt;
};

} // namespace comptoir::sync
