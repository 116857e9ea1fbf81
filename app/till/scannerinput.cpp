#include "app/till/scannerinput.h"

#include "app/core/applog.h"

#include <QCoreApplication>

namespace comptoir::app {

ScannerInput::ScannerInput(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        if (m_detector.idle(m_clock.elapsed()) == ScanDetector::Action::Release)
            releaseHeld();
        else if (!m_held.empty())
            m_flush.start(1); // woken a little early: the pause is not over yet
    });
}

ScannerInput::~ScannerInput()
{
    setWindow(nullptr);
}

void ScannerInput::setWindow(QWindow* window)
{
    if (window == m_window)
        return;
    releaseHeld();
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    emit windowChanged();
}

void ScannerInput::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    releaseHeld();
    m_enabled = enabled;
    emit enabledChanged();
}

void ScannerInput::setMaxGapMs(int ms)
{
    if (ms == maxGapMs() || ms < 1)
        return;
    releaseHeld();
    m_detector = ScanDetector({ms});
    emit maxGapMsChanged();
}

bool ScannerInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window || m_replaying || !m_enabled)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        return onKeyPress(static_cast<QKeyEvent*>(event));
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::FocusOut:
        // Whatever was typed goes where it was typed before a tap moves the focus.
        releaseHeld();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool ScannerInput::onKeyPress(QKeyEvent* key)
{
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const QString text = plain ? key->text() : QString();
    for (;;) {
        switch (m_detector.keyPressed(text, enter && plain, m_clock.elapsed())) {
        case ScanDetector::Action::Pass:
            return false;
        case ScanDetector::Action::Hold:
            m_held.push_back(std::unique_ptr<QKeyEvent>(key->clone()));
            m_flush.start(maxGapMs() + 1);
            return true;
        case ScanDetector::Action::Release:
            releaseHeld();
            continue; // this key again, with nothing held
        case ScanDetector::Action::Scan:
            m_held.clear();
            m_flush.stop();
            qCInfo(lcApp) << "scanned" << m_detector.code();
            emit scanned(m_detector.code());
            return true;
        }
    }
}

void ScannerInput::releaseHeld()
{
    m_flush.stop();
    m_detector.released();
    if (m_held.empty())
        return;
    std::vector<std::unique_ptr<QKeyEvent>> held;
    held.swap(m_held);
    if (!m_window)
        return;
    m_replaying = true;
    for (const auto& key : held)
        QCoreApplication::sendEvent(m_window, key.get());
    m_replaying = false;
}

} // namespace comptoir::app
