#pragma once
// A barcode scanner at the till, caught wherever the focus is: an event filter on the window
// that holds back digits arriving in a burst, and turns 8 or 13 of them with a good check digit
// followed by Enter into `scanned(code)` instead of text in the focused field. Anything else it
// held (a person typing digits, garbage typed fast) reaches the field unchanged, in order.
// The rules are ScanDetector's.

#include "app/till/scandetector.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QWindow>
#include <memory>
#include <vector>

namespace comptoir::app {

class ScannerInput : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The window whose keys are watched (a page sets its own window).
    Q_PROPERTY(QWindow* window READ window WRITE setWindow NOTIFY windowChanged)
    // Off: every key passes untouched (a dialog that wants digits typed fast, a locked till).
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(int maxGapMs READ maxGapMs WRITE setMaxGapMs NOTIFY maxGapMsChanged)

public:
    explicit ScannerInput(QObject* parent = nullptr);
    ~ScannerInput() override;

    [[nodiscard]] QWindow* window() const { return m_window; }
    void setWindow(QWindow* window);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    [[nodiscard]] int maxGapMs() const { return m_detector.rules().maxGapMs; }
    void setMaxGapMs(int ms);

signals:
    void windowChanged();
    void enabledChanged();
    void maxGapMsChanged();
    // A scanner read `code` (digits only, checksum verified).
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Delivers the held keys to the window, oldest first, as if they had just arrived.
    void releaseHeld();
    [[nodiscard]] bool onKeyPress(QKeyEvent* key);

    QPointer<QWindow> m_window;
    bool m_enabled = true;
    bool m_replaying = false;
    ScanDetector m_detector;
    std::vector<std::unique_ptr<QKeyEvent>> m_held;
    QElapsedTimer m_clock;
    QTimer m_flush;
};

} // namespace comptoir::app
