#pragma once
// Notices when nobody has touched the screen for a while: counts down the last seconds (the view
// shows them, a touch cancels) and then says so. The kiosk resets for the next shopper; the staff
// console locks. Watches every input event of the application.

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace comptoir::app {

class IdleWatcher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds WRITE setTimeoutSeconds NOTIFY timeoutSecondsChanged)
    // The countdown shown before the reset.
    Q_PROPERTY(int warningSeconds READ warningSeconds WRITE setWarningSeconds NOTIFY timeoutSecondsChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY remainingChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY remainingChanged)

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    [[nodiscard]] int timeoutSeconds() const { return m_timeoutSeconds; }
    void setTimeoutSeconds(int seconds);
    [[nodiscard]] int warningSeconds() const { return m_warningSeconds; }
    void setWarningSeconds(int seconds);
    [[nodiscard]] int remainingSeconds() const;
    [[nodiscard]] bool isWarning() const;

    // Someone is there (a touch the event filter cannot see, or a test).
    Q_INVOKABLE void poke();

signals:
    void enabledChanged();
    void timeoutSecondsChanged();
    void remainingChanged();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    bool m_enabled = true;
    int m_timeoutSeconds = 90;
    int m_warningSeconds = 15;
    QElapsedTimer m_sinceInput;
    QTimer m_tick;
    int m_lastRemaining = -1;
};

} // namespace comptoir::app
