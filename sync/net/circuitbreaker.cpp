#include "sync/net/circuitbreaker.h"

namespace comptoir::sync {

bool CircuitBreaker::allowsAttempt()
{
    if (m_state == State::Open && m_reopensAt.hasExpired())
        m_state = State::HalfOpen;
    return m_state != State::Open;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_state = State::Closed;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    // A failed probe opens it again at once; a closed breaker opens after `threshold` in a row.
    if (m_state == State::HalfOpen || m_failures >= m_threshold) {
        m_state = State::Open;
        m_reopensAt.setRemainingTime(m_coolDownMs);
    }
}

qint64 CircuitBreaker::remainingCoolDownMs() const
{
    return m_state == State::Open ? std::max<qint64>(0, m_reopensAt.remainingTime()) : 0;
}

} // namespace comptoir::sync
