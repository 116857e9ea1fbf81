// comptoir-bench-bootstrap: a cold bootstrap of the sync library's cache from a running server,
// end to end (HTTP pages, JSON, SQLite with full durability, the search index), timed.
//
//   comptoir-bench-bootstrap --server URL --cache PATH [--page N]
//
// Deletes PATH first. Prints key=value lines: seconds, changes, products, variants, stock,
// cache_mb (the file and its WAL), client_rss_mb (the client's peak resident memory).

#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sys/resource.h>

using namespace comptoir;
using namespace comptoir::sync;

namespace {

qint64 count(LocalCache& cache, const char* sql)
{
    auto st = cache.db().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_qs, u"server URL"_qs, u"url"_qs},
                       {u"cache"_qs, u"cache file (deleted first)"_qs, u"path"_qs},
                       {u"page"_qs, u"changes per page"_qs, u"n"_qs, u"5000"_qs}});
    parser.process(app);
    const QString path = parser.value(u"cache"_qs);
    for (const char* suffix : {"", "-wal", "-shm", ".push.lock"})
        QFile::remove(path + QLatin1String(suffix));

    SyncClient::Settings settings;
    settings.serverUrl = QUrl(parser.value(u"server"_qs));
    settings.cachePath = path;
    settings.useLive = false;
    settings.pageSize = parser.value(u"page"_qs).toInt();
    QElapsedTimer timer;
    timer.start();
    SyncClient client(settings);
    qint64 changes = 0;
    QObject::connect(&client, &SyncClient::cursorChanged, [&] { ++changes; });
    QString failure;
    QObject::connect(&client, &SyncClient::caughtUp, &app, &QCoreApplication::quit);
    QObject::connect(&client, &SyncClient::lastErrorChanged, [&] {
        if (!client.lastError().isEmpty()) {
            failure = client.lastError();
            QCoreApplication::quit();
        }
    });
    client.start();
    app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    client.stop();
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "comptoir-bench-bootstrap: %s\n", qPrintable(failure));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("seconds=%.2f\npages=%lld\nproducts=%lld\nvariants=%lld\nstock=%lld\ncache_mb=%.0f\nclient_"
                "rss_mb=%ld\n",
                seconds, static_cast<long long>(changes),
                static_cast<long long>(count(client.cache(), "SELECT count(*) FROM products")),
                static_cast<long long>(count(client.cache(), "SELECT count(*) FROM variants")),
                static_cast<long long>(count(client.cache(), "SELECT count(*) FROM stock")),
                double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size()) / 1e6,
                usage.ru_maxrss / 1024);
    return 0;
}
