#pragma once
// Walks a mode's window through every screen and writes a PNG of each (docs/screenshots,
// `<prefix>-<step>.png`), driven by the window's own tourSteps()/tourStep() so the pictures show
// what a person's taps would show.

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QStringList>
#include <functional>

namespace comptoir::app {

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    // `ready`: the window has what it shows (the catalog in the cache), waited for up to a minute.
    ScreenshotTour(QQuickWindow& window, QString directory, QString prefix, std::function<bool()> ready,
                   QObject* parent = nullptr);
    // Starts once ready; quits the application at the end.
    void start();

private:
    void next();
    void shoot(const QString& name);

    QPointer<QQuickWindow> m_window;
    QString m_directory;
    QString m_prefix;
    std::function<bool()> m_ready;
    QStringList m_steps;
    int m_index = 0;
    int m_waitedForCatalogMs = 0;
};

} // namespace comptoir::app
