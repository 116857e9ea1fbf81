// comptoir: the client. Reads the command line, refuses plainly when there is no display, and
// loads the window of the chosen mode; everything else lives in comptoir_app_core and the QML
// modules.

#include "app/core/app.h"
#include "app/core/applog.h"
#include "app/kiosk/screenshottour.h"
#include "comptoir/config.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_KioskPlugin)

using comptoir::app::App;

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(u"comptoir"_qs);
    QCoreApplication::setOrganizationName(u"Comptoir"_qs);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(COMPTOIR_VERSION));
    const auto parsed = comptoir::app::parseLaunchOptions(arguments);
    if (!parsed.options) {
        std::fprintf(parsed.helpShown ? stdout : stderr, "%s\n", qPrintable(parsed.error));
        return parsed.helpShown ? 0 : 2;
    }
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "comptoir: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the kiosk "
                     "window cannot open. Run it on a desktop or a kiosk session, or under xvfb-run.\n");
        return 3;
    }

    QGuiApplication application(argc, argv);
    QQuickStyle::setStyle(u"Basic"_qs);
    if (QFontDatabase::families().contains(u"Inter"_qs))
        QGuiApplication::setFont(QFont(u"Inter"_qs));

    App app(*parsed.options);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_qs);
    // One window per mode; only the kiosk is built today.
    engine.load(QUrl(u"qrc:/qt/qml/Comptoir/Kiosk/KioskWindow.qml"_qs));
    if (engine.rootObjects().isEmpty()) {
        qCCritical(comptoir::app::lcApp) << "the kiosk window could not be loaded";
        return 1;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    std::unique_ptr<comptoir::app::ScreenshotTour> tour;
    if (window && !parsed.options->screenshotDir.isEmpty()) {
        tour = std::make_unique<comptoir::app::ScreenshotTour>(*window, parsed.options->screenshotDir);
        tour->start();
    }
    return QGuiApplication::exec();
}
