#pragma once
// Walks the kiosk through every screen and writes a PNG of each (docs/screenshots), driven by
// the window's own tourStep() so the pictures show what a shopper's taps would show.

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QStringList>

namespace comptoir::app {

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(QQuickWindow& window, QString directory, QObject* parent = nullptr);
    // Starts once the catalog is in the cache; quits the application at the end.
    void start();

private:
    void next();
    void shoot(const QString& name);

    QPointer<QQuickWindow> m_window;
    QString m_directory;
    QStringList m_steps;
    int m_index = 0;
    int m_waitedForCatalogMs = 0;
};

} // namespace comptoir::app
