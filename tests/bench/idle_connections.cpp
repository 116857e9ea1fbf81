// comptoir-bench-idle: how much server memory each idle live-channel client costs. Opens N
// WebSockets to the server's live channel, says hello on each (anonymous, from the feed's head),
// waits for the answer on every one, lets them sit, and reads the server's resident memory
// (VmRSS in /proc) before and after.
//
//   comptoir-bench-idle --ws URL --server-pid PID --since SEQ [--connections 10000] [--batch 200]
//
// Prints key=value lines: connections, rss_before_mb, rss_after_mb, kib_per_connection and
// connections_per_gib (what 1 GiB of server memory holds at that cost).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

double rssMiB(const QString& pid)
{
    QFile status(u"/proc/%1/status"_qs.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"ws"_qs, u"live channel URL"_qs, u"url"_qs},
                       {u"server-pid"_qs, u"server process id"_qs, u"pid"_qs},
                       {u"since"_qs, u"cursor for the hellos (the feed's head)"_qs, u"seq"_qs, u"0"_qs},
                       {u"connections"_qs, u"sockets to open"_qs, u"n"_qs, u"10000"_qs},
                       {u"batch"_qs, u"sockets opened at a time"_qs, u"n"_qs, u"200"_qs}});
    parser.process(app);
    const QUrl url(parser.value(u"ws"_qs));
    const QString pid = parser.value(u"server-pid"_qs);
    const int total = parser.value(u"connections"_qs).toInt();
    const int batch = parser.value(u"batch"_qs).toInt();
    const QString hello =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_qs, u"hello"_qs},
                                                    {u"token"_qs, QJsonValue()},
                                                    {u"since"_qs, parser.value(u"since"_qs).toDouble()}})
                              .toJson(QJsonDocument::Compact));
    const double before = rssMiB(pid);
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    sockets.reserve(size_t(total));
    int answered = 0;
    int closed = 0;
    int opened = 0;
    const auto openBatch = [&] {
        for (int i = 0; i < batch && opened < total; ++i, ++opened) {
            auto socket = std::make_unique<QWebSocket>();
            QWebSocket* s = socket.get();
            QObject::connect(s, &QWebSocket::connected, s, [s, &hello] { s->sendTextMessage(hello); });
            QObject::connect(s, &QWebSocket::textMessageReceived, s, [&answered, s](const QString&) {
                if (!s->property("answered").toBool()) {
                    s->setProperty("answered", true);
                    ++answered;
                }
            });
            QObject::connect(s, &QWebSocket::disconnected, s, [&closed] { ++closed; });
            s->open(url);
            sockets.push_back(std::move(socket));
        }
    };
    QTimer opener;
    QObject::connect(&opener, &QTimer::timeout, [&] {
        // The next batch once most of this one is answered: no SYN flood against the backlog.
        if (opened < total && answered + closed >= opened - batch / 4)
            openBatch();
        if (answered + closed >= total) {
            opener.stop();
            QTimer::singleShot(5000, &app, &QCoreApplication::quit); // let the server settle
        }
    });
    openBatch();
    opener.start(20);
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);
    app.exec();
    const double after = rssMiB(pid);
    const double perConnectionKiB = answered > 0 ? (after - before) * 1024.0 / answered : 0;
    std::printf("connections=%d\nclosed=%d\nrss_before_mb=%.0f\nrss_after_mb=%.0f\nkib_per_connection=%.1f\n"
                "connections_per_gib=%.0f\n",
                answered, closed, before, after, perConnectionKiB,
                perConnectionKiB > 0 ? 1024.0 * 1024.0 / perConnectionKiB : 0.0);
    return 0;
}
