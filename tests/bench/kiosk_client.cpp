// comptoir-bench-kiosk: the kiosk's own figures on a large catalog (issue 5): its cache filled by
// a real bootstrap, then search as you type, keystroke by keystroke, through the same list model
// the view uses (count + first page + the rows a screen shows); and cold starts of the real
// `comptoir` binary on that cache, timed from process start to its first frame on screen.
//
//   comptoir-bench-kiosk --server URL --token T --profile DIR --app PATH [--starts N]
//
// Prints key=value lines: bootstrap_s, products, keystrokes, search_p50_ms, search_p95_ms,
// search_max_ms, first_frame_median_ms, first_frame_runs_ms, rss_mb (after the first frame).

#include "app/catalog/productlistmodel.h"
#include "app/core/app.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <cstdio>

using namespace comptoir;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values[i];
}

bool wait(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_qs, u"server URL"_qs, u"url"_qs},
                       {u"token"_qs, u"kiosk device token"_qs, u"token"_qs},
                       {u"profile"_qs, u"kiosk profile folder (settings and cache)"_qs, u"dir"_qs},
                       {u"app"_qs, u"the comptoir binary"_qs, u"path"_qs},
                       {u"starts"_qs, u"cold starts to time"_qs, u"n"_qs, u"5"_qs}});
    parser.process(application);

    app::LaunchOptions options;
    options.serverUrl = parser.value(u"server"_qs);
    options.deviceToken = parser.value(u"token"_qs);
    options.profileDir = parser.value(u"profile"_qs);
    options.storeId = u"loc_paris"_qs;
    double bootstrapSeconds = 0;
    qint64 products = 0;
    QList<double> keystrokes;
    {
        QElapsedTimer clock;
        clock.start();
        app::App kiosk(options);
        bool caughtUp = false;
        QObject::connect(kiosk.session()->sync(), &sync::SyncClient::caughtUp, [&] { caughtUp = true; });
        if (!wait([&] { return caughtUp && kiosk.session()->catalogReady(); }, 600000)) {
            std::fprintf(stderr, "the kiosk did not bootstrap\n");
            return 1;
        }
        bootstrapSeconds = double(clock.elapsed()) / 1000.0;
        auto count = kiosk.session()->sync()->cache().db().prepare("SELECT count(*) FROM products");
        products = count.step() ? count.int64(0) : 0;

        // What shoppers type: names, materials, brands, a SKU; every prefix is one keystroke.
        const QStringList typed{u"pull laine"_qs,      u"veste"_qs,    u"chaussures cuir"_qs, u"mug"_qs,
                                u"the vert"_qs,        u"robe lin"_qs, u"carnet"_qs,          u"echarpe"_qs,
                                u"bougie parfumee"_qs, u"sac"_qs,      u"tsh-0001"_qs,        u"pantalon"_qs};
        app::ProductListModel model;
        model.setSession(kiosk.session());
        model.reloadNow();
        for (const QString& text : typed) {
            for (int n = 1; n <= text.size(); ++n) {
                QElapsedTimer keystroke;
                keystroke.start();
                model.setSearchText(text.left(n));
                if (model.isReloadPending()) // what the view's next turn of the event loop does
                    model.reloadNow();
                // The rows one screen shows, as the view reads them.
                for (int row = 0; row < std::min(model.rowCount(), 12); ++row)
                    for (int role = app::ProductListModel::IdRole;
                         role <= app::ProductListModel::AvailableHereRole; ++role)
                        (void)model.data(model.index(row), role);
                keystrokes << double(keystroke.nsecsElapsed()) / 1e6;
                std::fprintf(stderr, "keystroke %-16s %7.2f ms %6d%s\n", qPrintable(text.left(n)),
                             keystrokes.last(), model.total(), model.totalIsAtLeast() ? "+" : "");
            }
            model.setSearchText({});
            model.reloadNow();
        }
    }

    QList<double> starts;
    QString rss;
    for (int run = 0; run < parser.value(u"starts"_qs).toInt(); ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"COMPTOIR_BENCH_FIRST_FRAME"_qs, u"1"_qs);
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        // The server is up and the cache current: the start reads the cache, the pull finds nothing.
        process.start(parser.value(u"app"_qs), {u"--profile"_qs, options.profileDir});
        if (!process.waitForFinished(60000)) {
            std::fprintf(stderr, "comptoir did not show a frame\n");
            return 1;
        }
        const QByteArray out = process.readAllStandardOutput();
        if (!out.contains("first_frame_ms=")) {
            std::fprintf(stderr, "comptoir printed no frame: %s\n",
                         process.readAllStandardError().constData());
            return 1;
        }
        // From process start (exec, libraries, QML) to the frame.
        starts << double(clock.elapsed());
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("rss_mb="))
                rss = QString::fromLatin1(line.mid(7));
    }
    QStringList runs;
    for (double s : starts)
        runs << QString::number(s, 'f', 0);
    std::printf("bootstrap_s=%.1f\nproducts=%lld\nkeystrokes=%lld\nsearch_p50_ms=%.2f\nsearch_p95_ms=%.2f\n"
                "search_max_ms=%.2f\nfirst_frame_median_ms=%.0f\nfirst_frame_runs_ms=%s\nrss_mb=%s\n",
                bootstrapSeconds, products, qint64(keystrokes.size()), percentile(keystrokes, 0.5),
                percentile(keystrokes, 0.95), percentile(keystrokes, 1.0), percentile(starts, 0.5),
                qPrintable(runs.join(u' ')), qPrintable(rss));
    return 0;
}
