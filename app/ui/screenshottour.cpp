#include "app/ui/screenshottour.h"

#include "app/core/applog.h"

#include <QDir>
#include <QGuiApplication>
#include <QTimer>

namespace comptoir::app {

ScreenshotTour::ScreenshotTour(QQuickWindow& window, QString directory, QString prefix,
                               std::function<bool()> ready, QObject* parent)
    : QObject(parent), m_window(&window), m_directory(std::move(directory)), m_prefix(std::move(prefix)),
      m_ready(std::move(ready))
{
    QDir().mkpath(m_directory);
}

void ScreenshotTour::start()
{
    if (m_ready && !m_ready() && m_waitedForCatalogMs < 60000) {
        m_waitedForCatalogMs += 250;
        QTimer::singleShot(250, this, &ScreenshotTour::start);
        return;
    }
    QVariant steps;
    QMetaObject::invokeMethod(m_window, "tourSteps", Q_RETURN_ARG(QVariant, steps));
    m_steps = steps.toStringList();
    qCInfo(lcApp) << "screenshot tour:" << m_steps.size() << "screens to" << m_directory;
    QTimer::singleShot(1500, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (!m_window || m_index >= m_steps.size()) {
        QGuiApplication::quit();
        return;
    }
    const QString step = m_steps[m_index];
    QVariant waitMs;
    QMetaObject::invokeMethod(m_window, "tourStep", Q_RETURN_ARG(QVariant, waitMs), Q_ARG(QVariant, step));
    QTimer::singleShot(std::max(300, waitMs.toInt()), this, [this, step] {
        shoot(step);
        ++m_index;
        next();
    });
}

void ScreenshotTour::shoot(const QString& name)
{
    const QString path = QDir(m_directory).filePath(u"%1-%2.png"_qs.arg(m_prefix, name));
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(path))
        qCWarning(lcApp) << "could not write" << path;
    else
        qCInfo(lcApp) << "wrote" << path;
}

} // namespace comptoir::app
