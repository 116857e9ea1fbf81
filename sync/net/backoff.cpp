#include "sync/net/backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace comptoir::sync {

Backoff::Duration Backoff::nextDelay()
{
    const int exponent = std::min(m_failures, 20);
    ++m_failures;
    const qint64 ceiling = std::min<qint64>(m_cap.count(), m_base.count() << exponent);
    // "Equal jitter": half fixed, half random, so the wait never collapses to nothing.
    const qint64 half = ceiling / 2;
    return Duration(half + qint64(QRandomGenerator::global()->bounded(quint64(half) + 1)));
}

} // namespace comptoir::sync
