// comptoir-sync-agent: a client process for the sync tests that must kill or double a client
// (kill -9 with a full outbox, two processes on one cache). It opens a cache with the real sync
// library, optionally enqueues carry-out orders as a kiosk would (each in its own local
// transaction, with its optimistic local copy), and pushes the outbox.
//
//   comptoir-sync-agent --server URL --token TOKEN --cache PATH
//                       [--enqueue N --sku SKU --store LOCATION] [--exit-when-drained]
//
// Prints one line per event: "enqueued <entry> <order id>", "sending <entry>",
// "settled <entry> <status>", and "drained" when the outbox is empty.

#include "kioskorders.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace comptoir;
using namespace comptoir::sync;
using namespace comptoir::test;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_qs, u"server URL"_qs, u"url"_qs},
                       {u"token"_qs, u"bearer token"_qs, u"token"_qs},
                       {u"cache"_qs, u"cache file"_qs, u"path"_qs},
                       {u"enqueue"_qs, u"orders to enqueue"_qs, u"n"_qs, u"0"_qs},
                       {u"sku"_qs, u"SKU of the orders"_qs, u"sku"_qs},
                       {u"store"_qs, u"store of the orders"_qs, u"id"_qs},
                       {u"exit-when-drained"_qs, u"exit once the outbox is empty"_qs}});
    parser.process(app);

    SyncClient::Settings settings;
    settings.serverUrl = QUrl(parser.value(u"server"_qs));
    settings.token = parser.value(u"token"_qs).toUtf8();
    settings.cachePath = parser.value(u"cache"_qs);
    settings.useLive = false;
    SyncClient client(settings);

    QObject::connect(&client.pusher(), &Pusher::sending, [](qint64 id) { say(u"sending %1"_qs.arg(id)); });
    QObject::connect(&client, &SyncClient::entrySettled, [](qint64 id, bool, int status, const QString&) {
        say(u"settled %1 %2"_qs.arg(id).arg(status));
    });
    const bool exitWhenDrained = parser.isSet(u"exit-when-drained"_qs);
    QObject::connect(&client, &SyncClient::pendingCountChanged, [&] {
        if (client.pendingCount() == 0) {
            say(u"drained"_qs);
            if (exitWhenDrained)
                QCoreApplication::quit();
        }
    });

    const int count = parser.value(u"enqueue"_qs).toInt();
    const QString sku = parser.value(u"sku"_qs);
    const QString store = parser.value(u"store"_qs);
    for (int i = 0; i < count; ++i) {
        const QueuedOrder queued = enqueueCarryOut(client, sku, store);
        say(u"enqueued %1 %2"_qs.arg(queued.entryId).arg(queued.orderId));
    }
    client.start();
    if (exitWhenDrained && client.outbox().pendingCount() == 0) {
        say(u"drained"_qs);
        return 0;
    }
    return app.exec();
}
