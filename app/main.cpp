// comptoir: the client. Reads the command line, refuses plainly when there is no display, and
// loads the window of the chosen mode; everything else lives in comptoir_app_core and the QML
// modules.

#include "app/core/app.h"
#include "app/core/applog.h"
#include "app/shop/singleinstance.h"
#include "app/ui/screenshottour.h"
#include "comptoir/config.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using comptoir::app::App;

namespace {

// Resident memory of this process now and at its peak, in MiB (Linux /proc).
std::pair<double, double> residentMiB()
{
    QFile status(u"/proc/self/status"_qs);
    double now = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                now = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    return {now, peak};
}

// For tests/bench/kiosk.sh: COMPTOIR_BENCH_FIRST_FRAME=1 prints when the first frame is on screen
// and quits; COMPTOIR_BENCH_REPORT_RSS=1 prints the peak resident memory at exit.
void reportForBenchmarks(QQuickWindow* window, const QElapsedTimer& sinceStart)
{
    if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_FIRST_FRAME"))
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&sinceStart] {
                const auto [rss, peak] = residentMiB();
                std::printf("first_frame_ms=%lld\nrss_mb=%.1f\npeak_rss_mb=%.1f\n", sinceStart.elapsed(), rss,
                            peak);
                std::fflush(stdout);
                QGuiApplication::quit();
            },
            Qt::SingleShotConnection);
    if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_REPORT_RSS"))
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, [] {
            std::printf("peak_rss_mb=%.1f\n", residentMiB().second);
            std::fflush(stdout);
        });
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
                     "comptoir: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the %s "
                     "window cannot open. Run it on a desktop or a kiosk session, or under xvfb-run.\n",
                     qPrintable(comptoir::app::toString(parsed.options->mode)));
        return 3;
    }

    // A QApplication, not a QGuiApplication: the till opens the system's print dialog (widgets).
    QApplication application(argc, argv);
    // The shop once per profile: a second start (a reset link opened by the desktop) hands its
    // link to the shop already open, which shows it, and exits.
    std::unique_ptr<comptoir::app::SingleInstance> instance;
    if (parsed.options->mode == comptoir::app::Mode::Shop) {
        instance = std::make_unique<comptoir::app::SingleInstance>(
            comptoir::app::SingleInstance::keyFor(u"shop"_qs, parsed.options->profileDir));
        if (instance->handOver(parsed.options->link)) {
            std::printf("comptoir: the shop is already open; it was handed %s.\n",
                        parsed.options->link.isEmpty() ? "nothing to open" : "the link");
            return 0;
        }
        instance->listen();
    }
    QQuickStyle::setStyle(u"Basic"_qs);
    if (QFontDatabase::families().contains(u"Inter"_qs))
        QGuiApplication::setFont(QFont(u"Inter"_qs));

    App app(*parsed.options);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_qs);
    // One window per mode, each only its own screens.
    engine.load(app.windowUrl());
    if (engine.rootObjects().isEmpty()) {
        qCCritical(comptoir::app::lcApp) << "the" << app.mode() << "window could not be loaded";
        return 1;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (window)
        reportForBenchmarks(window, sinceStart);
    // A password reset link the desktop opened the shop with: its page reads it, and says in
    // words when it is not one.
    if (window && !parsed.options->link.isEmpty())
        QMetaObject::invokeMethod(window, "openReset", Q_ARG(QVariant, QVariant(parsed.options->link)));
    if (window && instance)
        QObject::connect(instance.get(), &comptoir::app::SingleInstance::messageReceived, window,
                         [window](const QString& link) {
                             if (!link.isEmpty())
                                 QMetaObject::invokeMethod(window, "openReset",
                                                           Q_ARG(QVariant, QVariant(link)));
                             window->show();
                             window->raise();
                             window->requestActivate();
                         });
    std::unique_ptr<comptoir::app::ScreenshotTour> tour;
    if (window && !parsed.options->screenshotDir.isEmpty()) {
        comptoir::app::Session* session = app.session();
        // The docs' script shows the signed-in home too: it names an account ("email:password")
        // for the shop or the staff console to sign in with before the pictures.
        comptoir::app::AccountAccess* access =
            app.customer() ? static_cast<comptoir::app::AccountAccess*>(app.customer()) : app.staff();
        const QString account = qEnvironmentVariable("COMPTOIR_TOUR_ACCOUNT");
        const bool signIn = access && account.contains(u':');
        if (signIn)
            access->signIn(account.section(u':', 0, 0), account.section(u':', 1));
        tour = std::make_unique<comptoir::app::ScreenshotTour>(
            *window, parsed.options->screenshotDir, app.mode(), [session, access, signIn] {
                return (!signIn || access->signedIn()) && (!session->isActive() || session->catalogReady());
            });
        tour->start();
    }
    return QGuiApplication::exec();
}
