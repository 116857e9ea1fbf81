#include "app/core/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace comptoir::app {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_sinceInput.start();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::tick);
    m_tick.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_sinceInput.restart();
    emit enabledChanged();
    emit remainingChanged();
}

void IdleWatcher::setTimeoutSeconds(int seconds)
{
    seconds = std::max(1, seconds);
    if (seconds == m_timeoutSeconds)
        return;
    m_timeoutSeconds = seconds;
    emit timeoutSecondsChanged();
    emit remainingChanged();
}

void IdleWatcher::setWarningSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == m_warningSeconds)
        return;
    m_warningSeconds = seconds;
    emit timeoutSecondsChanged();
    emit remainingChanged();
}

int IdleWatcher::remainingSeconds() const
{
    const qint64 leftMs = qint64(m_timeoutSeconds) * 1000 - m_sinceInput.elapsed();
    return int(std::max<qint64>(0, (leftMs + 999) / 1000));
}

bool IdleWatcher::isWarning() const
{
    return m_enabled && remainingSeconds() <= m_warningSeconds;
}

void IdleWatcher::poke()
{
    const bool wasWarning = isWarning();
    m_sinceInput.restart();
    if (wasWarning)
        emit remainingChanged();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::tick()
{
    if (!m_enabled)
        return;
    const int remaining = remainingSeconds();
    if (remaining != m_lastRemaining) {
        m_lastRemaining = remaining;
        emit remainingChanged();
    }
    if (remaining == 0) {
        m_sinceInput.restart();
        emit timedOut();
    }
}

} // namespace comptoir::app
