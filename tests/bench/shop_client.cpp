// comptoir-bench-shop: the desktop shop's browsing figures on a large catalog (issue 15). A shop
// (App in shop mode, its customer signed in as the shop signs in) fills its cache by a real
// bootstrap; then, in this process so its frames can be timed:
//  - facets: the department of about 20,000 products opened (its products read once), then clicks
//    on facet values, each timed from the click to the counts recounted and the list's first
//    page read again from the facets' matches in its sort (what the customer waits for);
//  - search as you type: the suggestions under the search field, keystroke by keystroke;
//  - scrolling: the real shop window on that department, its grid moved down by a fast wheel's
//    step per frame, each frame timed from the move to QQuickWindow::frameSwapped (frames are
//    drawn as fast as they can: offscreen there is no vsync to wait for);
//  - resident memory after all that.
//
//   comptoir-bench-shop --server URL --email E --password P --profile DIR
//                       [--category cat_vetements] [--frames 1500] [--step-px 60]
//
// Prints key=value lines.

#include "app/access/customeraccess.h"
#include "app/catalog/productlistmodel.h"
#include "app/core/app.h"
#include "app/shop/facetmodel.h"
#include "app/shop/searchsuggestionmodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
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

double residentMiB()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void printFigures(const char* name, const QList<double>& ms)
{
    std::printf("%s_n=%lld\n%s_p50_ms=%.2f\n%s_p95_ms=%.2f\n%s_max_ms=%.2f\n", name, qint64(ms.size()), name,
                percentile(ms, 0.5), name, percentile(ms, 0.95), name, percentile(ms, 1.0));
}

QQuickItem* findItem(QQuickItem* item, const QString& name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name && item->isVisible())
        return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findItem(child, name))
            return found;
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_qs, u"server URL"_qs, u"url"_qs},
                       {u"email"_qs, u"the customer's email"_qs, u"email"_qs},
                       {u"password"_qs, u"the customer's password"_qs, u"password"_qs},
                       {u"profile"_qs, u"shop profile folder (settings and cache)"_qs, u"dir"_qs},
                       {u"category"_qs, u"the department browsed"_qs, u"id"_qs, u"cat_vetements"_qs},
                       {u"frames"_qs, u"frames scrolled"_qs, u"n"_qs, u"1500"_qs},
                       {u"step-px"_qs, u"pixels scrolled per frame"_qs, u"px"_qs, u"60"_qs}});
    parser.process(application);

    app::LaunchOptions options;
    options.mode = app::Mode::Shop;
    options.serverUrl = parser.value(u"server"_qs);
    options.profileDir = parser.value(u"profile"_qs);
    app::App shop(options);
    QElapsedTimer clock;
    clock.start();
    // The shop browses signed out first: signing in replaces its sync client, whose catch-up is
    // the one to wait for.
    bool caughtUp = false;
    QMetaObject::Connection watching;
    const auto watch = [&] {
        QObject::disconnect(watching);
        caughtUp = false;
        if (shop.session()->sync())
            watching = QObject::connect(shop.session()->sync(), &sync::SyncClient::caughtUp,
                                        [&] { caughtUp = true; });
    };
    QObject::connect(shop.session(), &app::Session::syncReplaced, watch);
    watch();
    if (!shop.customer()->signedIn())
        shop.customer()->signIn(parser.value(u"email"_qs), parser.value(u"password"_qs));
    if (!wait([&] { return shop.customer()->signedIn() && shop.session()->sync() != nullptr; }, 30000)) {
        std::fprintf(stderr, "the shop did not sign in\n");
        return 1;
    }
    if (!wait([&] { return caughtUp && shop.session()->catalogReady(); }, 900000)) {
        std::fprintf(stderr, "the shop did not bootstrap\n");
        return 1;
    }
    std::printf("bootstrap_s=%.1f\n", double(clock.elapsed()) / 1000.0);
    auto count = shop.session()->sync()->cache().db().prepare("SELECT count(*) FROM products");
    std::printf("products=%lld\n", count.step() ? count.int64(0) : 0);
    shop.session()->setStoreId(u"loc_paris"_qs);
    const QString category = parser.value(u"category"_qs);

    // Facets: the department opened, then clicks.
    {
        app::FacetModel facets;
        facets.setSession(shop.session());
        app::ProductListModel list;
        list.setSession(shop.session());
        QList<double> opens;
        for (int run = 0; run < 5; ++run) {
            facets.setCategoryId({});
            facets.reloadNow();
            QElapsedTimer open;
            open.start();
            facets.setCategoryId(category);
            facets.reloadNow();
            opens << double(open.nsecsElapsed()) / 1e6;
        }
        list.setCategoryId(category);
        list.setRanking(&facets); // as the shop's category page does
        list.reloadNow();
        std::printf("category_products=%d\n", facets.matching());
        printFigures("facet_open", opens);
        // The values clicked: each facet's, in turn, on and off, as a customer narrows and widens.
        QList<std::pair<QString, QString>> values;
        for (int row = 0; row < facets.rowCount(); ++row) {
            const QModelIndex i = facets.index(row);
            values.append({i.data(app::FacetModel::FacetRole).toString(),
                           i.data(app::FacetModel::ValueRole).toString()});
        }
        QList<double> clicks;
        for (int n = 0; n < 200; ++n) {
            // Step through the values with a stride so every facet is clicked, each value twice.
            const auto& [facet, value] = values[(n * 7) % values.size()];
            QElapsedTimer click;
            click.start();
            facets.toggle(facet, value); // the list follows at once (its ranking changed)
            for (int row = 0; row < std::min(list.rowCount(), 12); ++row)
                for (int role = app::ProductListModel::IdRole;
                     role <= app::ProductListModel::AvailableHereRole; ++role)
                    (void)list.data(list.index(row), role);
            clicks << double(click.nsecsElapsed()) / 1e6;
            std::fprintf(stderr, "click %-7s %-20s %7.2f ms %6d\n", qPrintable(facet), qPrintable(value),
                         clicks.last(), list.total());
        }
        printFigures("facet_click", clicks);
    }

    // Search as you type: the suggestions, one keystroke at a time.
    {
        const QStringList typed{u"pull laine"_qs,      u"veste"_qs,    u"chaussures cuir"_qs, u"mug"_qs,
                                u"the vert"_qs,        u"robe lin"_qs, u"carnet"_qs,          u"echarpe"_qs,
                                u"bougie parfumee"_qs, u"sac"_qs,      u"tsh-0001"_qs,        u"pantalon"_qs};
        app::SearchSuggestionModel suggestions;
        suggestions.setSession(shop.session());
        QList<double> keystrokes;
        for (int run = 0; run < 3; ++run) {
            for (const QString& text : typed) {
                for (int n = 1; n <= text.size(); ++n) {
                    QElapsedTimer keystroke;
                    keystroke.start();
                    suggestions.setText(text.left(n));
                    for (int row = 0; row < suggestions.rowCount(); ++row)
                        (void)suggestions.data(suggestions.index(row), app::SearchSuggestionModel::TextRole);
                    keystrokes << double(keystroke.nsecsElapsed()) / 1e6;
                    if (run == 0)
                        std::fprintf(stderr, "keystroke %-16s %7.2f ms %d\n", qPrintable(text.left(n)),
                                     keystrokes.last(), suggestions.count());
                }
                suggestions.setText({});
            }
        }
        printFigures("suggest", keystrokes);
    }

    // Scrolling the department in the real window.
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(QUrl(u"qrc:/qt/qml/Comptoir/Shop/ShopWindow.qml"_qs));
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        if (!window)
            return 1;
        int frames = 0;
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window, [&] { ++frames; }, Qt::DirectConnection);
        wait([&] { return frames > 0; }, 10000);
        QMetaObject::invokeMethod(window, "openCategory", Q_ARG(QVariant, category),
                                  Q_ARG(QVariant, u"bench"_qs));
        QQuickItem* grid = nullptr;
        wait(
            [&] {
                grid = findItem(window->contentItem(), u"productGrid"_qs);
                return grid && grid->property("count").toInt() > 0;
            },
            10000);
        if (!grid)
            return 1;
        const double step = parser.value(u"step-px"_qs).toDouble();
        QList<double> frameMs;
        for (int n = 0; n < parser.value(u"frames"_qs).toInt(); ++n) {
            const int before = frames;
            QElapsedTimer frame;
            frame.start();
            grid->setProperty("contentY", grid->property("contentY").toDouble() + step);
            wait([&] { return frames > before; }, 2000);
            frameMs << double(frame.nsecsElapsed()) / 1e6;
        }
        const auto over = [&](double ms) {
            return std::count_if(frameMs.begin(), frameMs.end(), [ms](double f) { return f > ms; });
        };
        std::printf("scroll_rows_loaded=%d\nscroll_px=%.0f\n", grid->property("count").toInt(),
                    grid->property("contentY").toDouble());
        printFigures("frame", frameMs);
        std::printf("frames_over_16ms=%lld\nframes_over_32ms=%lld\n", qint64(over(1000.0 / 60)),
                    qint64(over(32)));
        std::printf("rss_mb=%.1f\n", residentMiB());
    }
    return 0;
}
