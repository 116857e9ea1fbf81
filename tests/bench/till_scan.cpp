// comptoir-bench-till: scan-to-line-on-screen latency at the staff till (issue 14). The real staff
// console (the App and QML window `comptoir --mode staff` runs, in this process so its frames can
// be timed) is enrolled as a register of the store, a staff member signs in by PIN, the catalog
// bootstraps into its cache; then a scanner's keys are typed at the window: the 13 digits of a
// random variant's EAN-13 and Enter, as key events through Qt's input path (the event filter of
// the till catches them wherever the focus is). Per scan, from just before the first key event
// to the end of the first frame the window renders (QQuickWindow::frameSwapped) with the new
// line's delegate laid out inside the sale's list, showing the scanned SKU.
//
//   comptoir-bench-till --server URL --profile DIR --manager EMAIL --password PW --staff EMAIL
//                       --pin PIN [--store loc_paris] [--scans 200] [--warmup 10]
//                       [--lines-per-sale 10] [--interval-ms 100] [--key-gap-ms 0] [--seed 1]
//                       [--server-pid PID]
//
// A sale takes --lines-per-sale distinct items, then the driver taps Clear (not timed) and the next
// sale starts. --interval-ms is the pause before each scan (the cashier's pace: the app is idle when
// the scan comes). --key-gap-ms spaces the keys (0: back to back; a USB scanner sends one every
// 1–10 ms, which adds 13 gaps to the first-key figure and nothing to the Enter one).
//
// Prints key=value lines: graphics_api, idle_fps (frames drawn in 2 s of an idle till), products, variants,
// bootstrap_s, scans, first_key_p50_ms, first_key_p95_ms, first_key_p99_ms, first_key_max_ms, enter_p50_ms,
// enter_p95_ms, enter_p99_ms, model_p50_ms, model_p95_ms (Enter to the cart's model changed), warmup_max_ms,
// client_cpu_pct, server_cpu_pct (of one core, over the measured scans), machine_busy_pct (of all
// cores), wall_s. Per scan, on stderr: "scan N CODE lines first_key_ms enter_ms model_ms".

#include "app/access/staffaccess.h"
#include "app/cart/cart.h"
#include "app/core/app.h"
#include "app/session/session.h"
#include "app/till/tillsale.h"
#include "sync/syncclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFontDatabase>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Runs the event loop until `done` or the timeout; true when done.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

void collect(QQuickItem* item, const QString& name, QList<QQuickItem*>& out)
{
    if (item->objectName() == name)
        out.append(item);
    for (QQuickItem* child : item->childItems())
        collect(child, name, out);
}

// The visible item of that name in the window (the till's page is one of several).
QQuickItem* find(QQuickWindow& window, const QString& name)
{
    QList<QQuickItem*> items;
    collect(window.contentItem(), name, items);
    for (QQuickItem* item : items)
        if (item->isVisible())
            return item;
    return nullptr;
}

// CPU time in clock ticks: a process's (all threads, utime + stime), or the machine's busy and
// total ticks from /proc/stat.
qint64 processTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_qs.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

std::pair<qint64, qint64> machineTicks()
{
    QFile stat(u"/proc/stat"_qs);
    if (!stat.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    qint64 total = 0, idle = 0;
    for (int i = 1; i < fields.size(); ++i) {
        total += fields[i].toLongLong();
        if (i == 4 || i == 5) // idle, iowait
            idle += fields[i].toLongLong();
    }
    return {total - idle, total};
}

struct Scannable {
    QString barcode;
    QString sku;
};

// `count` distinct active variants with a barcode, drawn with `seed` from the console's own cache.
std::vector<Scannable> pickBarcodes(sqlite::Connection& cache, int count, unsigned seed)
{
    std::vector<Scannable> all;
    auto st = cache.prepare("SELECT v.barcode, v.sku FROM variants v JOIN products p ON p.id = v.product_id "
                            "WHERE p.status = 'active' AND v.barcode IS NOT NULL ORDER BY v.sku");
    while (st.step())
        all.push_back({st.text(0), st.text(1)});
    std::mt19937 dice(seed);
    std::shuffle(all.begin(), all.end(), dice);
    all.resize(std::min(all.size(), size_t(count)));
    return all;
}

qint64 count(sqlite::Connection& cache, const char* sql)
{
    auto st = cache.prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

int main(int argc, char** argv)
{
    // As the console on a till keeps its register token when no keyring runs (tests do the same).
    qputenv("COMPTOIR_SECRET_STORE", "file");
    // What main.cpp does before the window: a QApplication (the till beeps and prints), the style.
    QApplication application(argc, argv);
    QQuickStyle::setStyle(u"Basic"_qs);
    if (QFontDatabase::families().contains(u"Inter"_qs))
        QGuiApplication::setFont(QFont(u"Inter"_qs));

    QCommandLineParser parser;
    parser.addOptions({{u"server"_qs, u"server URL"_qs, u"url"_qs},
                       {u"profile"_qs, u"the console's profile folder (settings and cache)"_qs, u"dir"_qs},
                       {u"manager"_qs, u"a manager or admin who enrols the till"_qs, u"email"_qs},
                       {u"password"_qs, u"their password"_qs, u"password"_qs},
                       {u"staff"_qs, u"the cashier who signs in by PIN"_qs, u"email"_qs},
                       {u"pin"_qs, u"their PIN"_qs, u"pin"_qs},
                       {u"store"_qs, u"the till's store"_qs, u"id"_qs, u"loc_paris"_qs},
                       {u"scans"_qs, u"scans measured"_qs, u"n"_qs, u"200"_qs},
                       {u"warmup"_qs, u"scans before those, not counted"_qs, u"n"_qs, u"10"_qs},
                       {u"lines-per-sale"_qs, u"items in a sale before it is cleared"_qs, u"n"_qs, u"10"_qs},
                       {u"interval-ms"_qs, u"pause before each scan"_qs, u"ms"_qs, u"100"_qs},
                       {u"key-gap-ms"_qs, u"pause between the scanner's keys"_qs, u"ms"_qs, u"0"_qs},
                       {u"seed"_qs, u"which barcodes"_qs, u"n"_qs, u"1"_qs},
                       {u"server-pid"_qs, u"the server's process, for its CPU share"_qs, u"pid"_qs}});
    parser.process(application);
    const int scans = parser.value(u"scans"_qs).toInt();
    const int warmup = parser.value(u"warmup"_qs).toInt();
    const int linesPerSale = std::max(1, parser.value(u"lines-per-sale"_qs).toInt());
    const int interval = parser.value(u"interval-ms"_qs).toInt();
    const int keyGap = parser.value(u"key-gap-ms"_qs).toInt();
    const qint64 serverPid = parser.value(u"server-pid"_qs).toLongLong();

    app::LaunchOptions options;
    options.mode = app::Mode::Staff;
    options.serverUrl = parser.value(u"server"_qs);
    options.profileDir = parser.value(u"profile"_qs);
    options.language = u"en"_qs;
    options.lockAfterSeconds = 3600; // the till must not lock during the run
    app::App console(options);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_qs);
    engine.load(console.windowUrl());
    auto* window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "the staff window did not show\n");
        return 1;
    }

    // The till: enrolled by a manager, then the cashier's PIN; the catalog bootstraps.
    app::StaffAccess& staff = *console.staff();
    staff.enrolRegister(parser.value(u"manager"_qs), parser.value(u"password"_qs), parser.value(u"store"_qs),
                        u"Bench till"_qs);
    if (!waitFor([&] { return staff.registerEnrolled(); }, 30000)) {
        std::fprintf(stderr, "enrolment failed: %s\n", qPrintable(staff.error()));
        return 1;
    }
    QElapsedTimer bootstrap;
    bootstrap.start();
    staff.signInWithPin(parser.value(u"staff"_qs), parser.value(u"pin"_qs));
    const app::Session& session = *console.session();
    if (!waitFor([&] { return staff.signedIn(); }, 30000) ||
        !waitFor([&] { return session.catalogReady() && session.connectivity() == sync::SyncClient::Online; },
                 600000)) {
        std::fprintf(stderr, "PIN sign-in or bootstrap failed: %s\n", qPrintable(staff.error()));
        return 1;
    }
    const double bootstrapSeconds = double(bootstrap.elapsed()) / 1000.0;
    sqlite::Connection& cache = session.sync()->cache().db();
    const qint64 products = count(cache, "SELECT count(*) FROM products");
    const qint64 variants = count(cache, "SELECT count(*) FROM variants");
    QQuickItem* lines = nullptr;
    if (!waitFor([&] { return find(*window, u"tillSearch"_qs) && (lines = find(*window, u"saleLines"_qs)); },
                 20000)) {
        std::fprintf(stderr, "the till page did not show\n");
        return 1;
    }
    const std::vector<Scannable> codes =
        pickBarcodes(cache, warmup + scans, parser.value(u"seed"_qs).toUInt());
    if (int(codes.size()) < warmup + scans) {
        std::fprintf(stderr, "the cache has %zu barcodes, not %d\n", codes.size(), warmup + scans);
        return 1;
    }
    app::Cart& cart = *console.cart();
    app::TillSale& sale = *console.till();

    // The frame that shows the line. On the GUI thread, after the items are polished and before
    // the scene graph copies them (afterAnimating), the driver checks that the new line's delegate
    // exists, shows the scanned SKU and lies inside the list's visible area; the scene graph's
    // next sync (afterSynchronizing, on the render thread in a threaded loop) takes that state into
    // the frame, and that frame's swap ends the measure. The state is passed through atomics so
    // the measure holds with the threaded render loop as with the basic one.
    QElapsedTimer clock;
    clock.start();
    QString expectedSku;
    int expectedRow = -1;
    std::atomic<bool> lineLaidOut{false};
    std::atomic<bool> frameHasLine{false};
    std::atomic<qint64> frameNs{-1};
    qint64 modelNs = -1;
    QEventLoop frameWait;
    QTimer frameTimeout;
    frameTimeout.setSingleShot(true);
    QObject::connect(&frameTimeout, &QTimer::timeout, &frameWait, &QEventLoop::quit);
    QObject::connect(window, &QQuickWindow::afterAnimating, window, [&] {
        if (expectedRow < 0 || lineLaidOut)
            return;
        QQuickItem* line = nullptr;
        QMetaObject::invokeMethod(lines, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, line),
                                  Q_ARG(int, expectedRow));
        if (!line || !line->isVisible() || line->property("sku").toString() != expectedSku)
            return;
        const QRectF inList = line->mapRectToItem(lines, line->boundingRect());
        if (inList.bottom() <= 0 || inList.top() >= lines->height())
            return;
        lineLaidOut = true;
    });
    QObject::connect(
        window, &QQuickWindow::afterSynchronizing, window, [&] { frameHasLine = lineLaidOut.load(); },
        Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            if (frameHasLine && frameNs < 0) {
                frameNs = clock.nsecsElapsed();
                QMetaObject::invokeMethod(&frameWait, &QEventLoop::quit, Qt::QueuedConnection);
            }
        },
        Qt::DirectConnection);
    QObject::connect(&cart, &app::Cart::changed, &cart, [&] {
        if (modelNs < 0)
            modelNs = clock.nsecsElapsed();
    });

    // Frames the idle till draws (nothing typed, nothing arriving): each is work a scan may wait
    // behind. 0 or a cursor's blink is right; 60 means something animates, shown or not.
    std::atomic<int> frames{0};
    const QMetaObject::Connection counting = QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&] { ++frames; }, Qt::DirectConnection);
    QTest::qWait(1000);
    frames = 0;
    QTest::qWait(2000);
    const double idleFps = frames / 2.0;
    QObject::disconnect(counting);

    std::vector<double> firstKey, enter, model, warm;
    qint64 clientTicks = 0, serverTicks = 0, busyTicks = 0, totalTicks = 0, wallNs = 0;
    for (int i = 0; i < warmup + scans; ++i) {
        if (i == warmup) {
            clientTicks = processTicks(getpid());
            serverTicks = serverPid > 0 ? processTicks(serverPid) : 0;
            std::tie(busyTicks, totalTicks) = machineTicks();
            wallNs = clock.nsecsElapsed();
        }
        if (cart.rowCount() >= linesPerSale) {
            // The next customer: the cashier taps Clear (not timed).
            QTest::qWait(interval);
            QQuickItem* clear = find(*window, u"clearSale"_qs);
            if (clear) {
                const QPointF centre = clear->mapToScene(QPointF(clear->width() / 2, clear->height() / 2));
                QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
            }
            if (!waitFor([&] { return cart.rowCount() == 0; }, 5000)) {
                std::fprintf(stderr, "Clear did not empty the sale\n");
                return 1;
            }
        }
        QTest::qWait(interval); // the cashier reaches for the next item; the window is idle
        const Scannable& code = codes[size_t(i)];
        expectedSku = code.sku;
        expectedRow = cart.rowCount();
        lineLaidOut = false;
        frameHasLine = false;
        frameNs = -1;
        modelNs = -1;

        const qint64 startNs = clock.nsecsElapsed();
        for (const QChar digit : code.barcode) {
            QTest::keyClick(window, char(digit.unicode()));
            if (keyGap > 0)
                QTest::qWait(keyGap);
        }
        const qint64 enterNs = clock.nsecsElapsed();
        QTest::keyClick(window, Qt::Key_Return);
        if (frameNs < 0) {
            frameTimeout.start(5000);
            frameWait.exec();
            frameTimeout.stop();
        }
        const qint64 shownNs = frameNs;
        const int linesBefore = std::exchange(expectedRow, -1);
        if (shownNs < 0 || sale.scanRefused() || cart.rowCount() != linesBefore + 1) {
            std::fprintf(stderr, "scan %d (%s): no frame showed the line (%s)\n", i, qPrintable(code.barcode),
                         qPrintable(sale.scanMessage()));
            return 1;
        }
        const double fromFirst = double(shownNs - startNs) / 1e6;
        const double fromEnter = double(shownNs - enterNs) / 1e6;
        const double toModel = modelNs < 0 ? -1 : double(modelNs - enterNs) / 1e6;
        std::fprintf(stderr, "scan %d %s %d %.2f %.2f %.2f\n", i, qPrintable(code.barcode), linesBefore,
                     fromFirst, fromEnter, toModel);
        if (i < warmup) {
            warm.push_back(fromFirst);
            continue;
        }
        firstKey.push_back(fromFirst);
        enter.push_back(fromEnter);
        model.push_back(toModel);
    }
    wallNs = clock.nsecsElapsed() - wallNs;
    clientTicks = processTicks(getpid()) - clientTicks;
    serverTicks = serverPid > 0 ? processTicks(serverPid) - serverTicks : 0;
    const auto [busyEnd, totalEnd] = machineTicks();
    const double tick = 1.0 / double(sysconf(_SC_CLK_TCK));
    const double wall = double(wallNs) / 1e9;
    const char* api = "unknown";
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        api = "software";
        break;
    case QSGRendererInterface::OpenGL:
        api = "opengl";
        break;
    default:
        api = "other";
        break;
    }
    std::printf(
        "graphics_api=%s\nidle_fps=%.1f\nproducts=%lld\nvariants=%lld\nbootstrap_s=%.1f\nscans=%zu\n"
        "first_key_p50_ms=%.2f\nfirst_key_p95_ms=%.2f\nfirst_key_p99_ms=%.2f\nfirst_key_max_ms=%.2f\n"
        "enter_p50_ms=%.2f\nenter_p95_ms=%.2f\nenter_p99_ms=%.2f\nmodel_p50_ms=%.2f\nmodel_p95_ms=%.2f\n"
        "warmup_max_ms=%.2f\nclient_cpu_pct=%.0f\nserver_cpu_pct=%.0f\nmachine_busy_pct=%.0f\nwall_s=%.1f\n",
        api, idleFps, products, variants, bootstrapSeconds, firstKey.size(), percentile(firstKey, 0.5),
        percentile(firstKey, 0.95), percentile(firstKey, 0.99), percentile(firstKey, 1.0),
        percentile(enter, 0.5), percentile(enter, 0.95), percentile(enter, 0.99), percentile(model, 0.5),
        percentile(model, 0.95), percentile(warm, 1.0), 100.0 * double(clientTicks) * tick / wall,
        100.0 * double(serverTicks) * tick / wall,
        totalEnd > totalTicks ? 100.0 * double(busyEnd - busyTicks) / double(totalEnd - totalTicks) : 0.0,
        wall);
    window->close();
    return 0;
}
