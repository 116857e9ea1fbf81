#include "app/serverapp.h"

#include "api/liveaddress.h"
#include "api/services.h"
#include "app/config.h"
#include "app/journalcheck.h"
#include "comptoir/config.h"
#include "comptoir/validation.h"
#include "demo/demoseed.h"
#include "domain/accountservice.h"
#include "domain/authservice.h"
#include "domain/errors.h"
#include "domain/idempotency.h"
#include "domain/mailoutbox.h"
#include "domain/mailsender.h"
#include "domain/ordermails.h"
#include "domain/orderservice.h"
#include "domain/passwords.h"
#include "domain/paymentgateway.h"
#include "domain/paymentservice.h"
#include "domain/returnservice.h"
#include "domain/webhooksender.h"
#include "http/metrics.h"
#include "http/router.h"
#include "live/livehub.h"
#include "log/jsonlog.h"
#include "store/pgstore.h"
#include "store/sqlitestore.h"

#include <httplib.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QUrl>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <sys/socket.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace comptoir::server {

namespace {

void printLine(const QString& text)
{
    const QByteArray utf8 = (text + u'\n').toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

QString readPassword()
{
    const QByteArray fromEnv = qgetenv("COMPTOIR_ADMIN_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    if (!isatty(STDIN_FILENO))
        return {};
    std::fprintf(stderr, "Password for the new admin (at least 10 characters): ");
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

int createFirstAdmin(Store& store, AuthService& auth, const QString& email)
{
    if (store.credentials(email.trimmed().toLower()))
        return 0;
    const QString password = readPassword();
    if (password.isEmpty()) {
        std::fprintf(
            stderr,
            "comptoir-server: set COMPTOIR_ADMIN_PASSWORD or run on a terminal to create the admin\n");
        return 2;
    }
    try {
        auth.createUser(email, password, u"Administrator"_qs, Role::Admin, {});
    } catch (const ValidationError& e) {
        std::fprintf(stderr, "comptoir-server: cannot create the admin: %s\n", e.what());
        return 2;
    } catch (const DomainError& e) {
        std::fprintf(stderr, "comptoir-server: cannot create the admin: %s\n", e.what());
        return 2;
    }
    printLine(u"Created admin %1."_qs.arg(email));
    return 0;
}

void printDemoCredentials(const demo::DemoCredentials& credentials)
{
    printLine(u"Demo store accounts (password: %1):"_qs.arg(QString::fromLatin1(demo::kDemoPassword)));
    for (const demo::DemoAccount& a : credentials.accounts)
        printLine(u"  %1  %2%3"_qs.arg(a.email.leftJustified(34), a.role,
                                       a.store.isEmpty() ? QString() : u" at "_qs + a.store));
    for (const demo::DemoKiosk& k : credentials.kiosks)
        printLine(u"  kiosk %1 at %2: token %3"_qs.arg(k.deviceId, k.storeId, k.token));
}

std::unique_ptr<httplib::Server> makeHttpServer(const Config& config)
{
    if (config.tlsCert.isEmpty())
        return std::make_unique<httplib::Server>();
    auto server = std::make_unique<httplib::SSLServer>(config.tlsCert.toLocal8Bit().constData(),
                                                       config.tlsKey.toLocal8Bit().constData());
    if (!server->is_valid())
        throw std::runtime_error("cannot load the TLS certificate or key");
    return server;
}

// The HTTP API's certificate and key, for the live channel's wss://.
QSslConfiguration liveTlsConfiguration(const Config& config)
{
    QFile keyFile(config.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the TLS key " + config.tlsKey.toStdString());
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.tlsCert, QSsl::Pem);
    if (key.isNull() || chain.isEmpty())
        throw std::runtime_error("cannot load the TLS certificate or key for the live channel (RSA or EC "
                                 "keys in PEM)");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove who they are by their token
    return tls;
}

} // namespace

int runServer(int argc, char** argv)
{
    const ConfigResult parsed = parseConfig(argc, argv);
    if (!parsed.config) {
        std::fprintf(stderr, "comptoir-server: %s\n", qPrintable(parsed.error));
        return 2;
    }
    const Config& config = *parsed.config;
    if (config.showHelp) {
        printLine(configHelp());
        return 0;
    }
    if (config.showVersion) {
        printLine(u"comptoir-server %1"_qs.arg(QString::fromLatin1(COMPTOIR_VERSION)));
        return 0;
    }
    log::Level level = log::Level::Info;
    log::parseLevel(config.logLevel.toStdString(), level);
    log::setLevel(level);
    log::installQtMessageHandler();
    // Qt's own poll()-based event loop rather than GLib's: GLib keeps socket watches in a list,
    // so enabling and disabling the write watch of each live socket, as every push does, costs
    // a walk over all of them (thousands): a quarter of the server's CPU in a push to 1,000.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);

    // Block the stop signals in every thread; one thread waits for them and stops the server.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    if (config.verifyJournal)
        return verifyJournalFiles(config.dataDir, config.database, config.verifyJournalAtAnchors);

    try {
        // --list-routes needs the routes, not the data: it registers them over an in-memory store.
        std::string databasePath = ":memory:";
        if (!config.listRoutes) {
            if (!QDir().mkpath(config.dataDir))
                throw std::runtime_error("cannot create the data folder " + config.dataDir.toStdString());
            databasePath = (config.dataDir + u"/comptoir.db"_qs).toStdString();
        }
        std::unique_ptr<SqlStore> store;
        if (config.database.startsWith(u"postgres") && !config.listRoutes)
            store = std::make_unique<PgStore>(config.database.toStdString(),
                                              config.dataDir + u"/fiscal-key.pem"_qs);
        else
            store = std::make_unique<SqliteStore>(databasePath, config.durability == u"normal"
                                                                    ? sqlite::Durability::Normal
                                                                    : sqlite::Durability::Full);
        AuthService::Settings authSettings;
        authSettings.tokenLifetime = std::chrono::hours(config.tokenTtlHours);
        AuthService auth(*store, authSettings);
        QString webhookSecret = config.webhookSecret;
        if (webhookSecret.isEmpty() && !config.listRoutes) {
            webhookSecret = store->meta(u"webhook_secret"_qs).value_or(QString());
            if (webhookSecret.isEmpty()) {
                webhookSecret = newToken();
                store->setMeta(u"webhook_secret"_qs, webhookSecret);
            }
        }
        SimulatedGateway gateway(
            *store, {std::chrono::milliseconds(config.terminalDelayMs), config.terminalDeclineRate});
        OrderService orders(*store, gateway, {u"EUR"_qs, std::chrono::seconds(config.reservationSeconds)});
        CashSessionService cashSessions(*store, u"EUR"_qs);
        PaymentService payments(*store, gateway, orders, cashSessions, webhookSecret.toUtf8());
        ReturnService returns(*store, gateway, cashSessions);
        Metrics metrics;
        Idempotency idempotency(*store);
        Router router(metrics, idempotency,
                      [&auth](const std::string& token) { return auth.authenticate(token); });
        router.setTrustedProxies(config.trustedProxies);
        // The audit trail's row for a mutation no store trigger recorded (issue 16, backroutes).
        router.setAuditWriter([&store](const std::string& target) {
            store->recordRequestAudit(QString::fromStdString(target));
        });
        ApiSettings apiSettings;
        apiSettings.resourcesDir = config.resourcesDir;
        // The live channel runs on this (main) thread's Qt event loop; HTTP on its own threads.
        LiveHub::Settings liveSettings;
        if (!config.tlsCert.isEmpty())
            liveSettings.tls = liveTlsConfiguration(config);
        LiveHub hub(*store, auth, liveSettings);
        if (!config.listRoutes) {
            const QHostAddress wsAddress(config.listen == u"0.0.0.0" ? QHostAddress(QHostAddress::Any)
                                                                     : QHostAddress(config.listen));
            if (!hub.listen(wsAddress, quint16(config.wsPort)))
                throw std::runtime_error("cannot listen for the live channel on port " +
                                         std::to_string(config.wsPort));
            apiSettings.live = {config.publicWsUrl, config.tlsCert.isEmpty() ? u"ws"_qs : u"wss"_qs,
                                hub.port(), hostForUrl(config.listen)};
            store->setCommitListener([&hub](qint64 lastSeq) { hub.notifyCommitted(lastSeq); });
        }
        apiSettings.searchCacheBytes = size_t(config.searchCacheMb) << 20;
        CatalogService catalog(*store, apiSettings.currency);
        InventoryService inventory(*store);
        ReportService reports(*store);
        ChangeFeed changes(*store);
        AnalyticsService analytics(*store, {.requestsPerMinute = config.eventsPerMinute});
        // Mails (accounts and orders): composed and queued in the store, sent by MailSender below.
        MailOutbox mailOutbox(*store, config.mailFrom);
        AccountService::Settings accountSettings;
        accountSettings.passwordIterations = authSettings.passwordIterations;
        AccountService accounts(*store, mailOutbox, accountSettings);
        OrderMails orderMails(*store, mailOutbox);
        orders.setStatusListener(
            [&orderMails](const OrderRecord& record) { orderMails.statusChanged(record); });
        CustomerService customers(*store);
        FiscalService fiscal(*store);
        Services services{[&store] { return store->isReady(); },
                          auth,
                          cashSessions,
                          catalog,
                          inventory,
                          metrics,
                          orders,
                          payments,
                          reports,
                          returns,
                          changes,
                          apiSettings,
                          analytics,
                          accounts,
                          customers,
                          fiscal};
        registerAllRoutes(router, services);
        if (config.listRoutes) {
            for (const std::string& route : router.describeRoutes())
                printLine(QString::fromStdString(route));
            return 0;
        }

        if (!config.createAdmin.isEmpty())
            if (const int rc = createFirstAdmin(*store, auth, config.createAdmin))
                return rc;
        if (config.demo)
            printDemoCredentials(
                demo::ensureDemoStore(*store, auth, config.dataDir + u"/demo-credentials.json"_qs,
                                      config.demoHistoryDays, config.demoHistoryOrdersPerDay));
        else if (!store->hasAdmin())
            printLine(u"No admin account yet: restart with --create-admin EMAIL to create one."_qs);
        store->purgeIdempotencyRecords(QDateTime::currentDateTimeUtc().addDays(-2));
        // Issue 16: the days (months, years) that ended while the server was down are closed
        // before it serves anyone, so no sale of today lands in a closure of yesterday.
        try {
            if (const int closed = fiscal.closeDue(QDateTime::currentDateTimeUtc()))
                log::write(log::Level::Info, "fiscal closures caught up",
                           {{"closures", std::to_string(closed), true}});
        } catch (const std::exception& e) {
            // Serving goes on: the closures are tried again at the next midnight, or by hand.
            log::write(log::Level::Error, "fiscal closures failed", {{"error", e.what()}});
        }

        std::unique_ptr<httplib::Server> http = makeHttpServer(config);
        const int threads = config.threads;
        http->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
        http->set_tcp_nodelay(true);
        http->set_keep_alive_max_count(100000);
        // An idle keep-alive connection holds its pool thread until the timeout (polled every
        // 10 ms by cpp-httplib 0.11): at 10 s, 1,000 devices starting together took 102 s to
        // all be served, with 1,100 pulls timing out; at 2 s, 26 s and none.
        http->set_keep_alive_timeout(2);
        http->set_read_timeout(10, 0);
        http->set_write_timeout(10, 0);
        // JSON bodies up to --body-limit; Router::install lets the library read up to the largest
        // body a route takes (an image upload) and refuse bigger ones before reading them.
        router.setBodyLimit(size_t(config.bodyLimit));
        int listeningSocket = -1;
        http->set_socket_options([&listeningSocket](socket_t sock) {
            int yes = 1;
            setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
            listeningSocket = sock;
        });
        router.install(*http);

        const std::string host = config.listen.toStdString();
        int port = config.port;
        if (port == 0)
            port = http->bind_to_any_port(host.c_str());
        else if (!http->bind_to_port(host.c_str(), port))
            port = -1;
        if (port < 0)
            throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(config.port));
        // Debian's library listens with a backlog of 5: raise it so bursts of new connections
        // are queued rather than reset.
        if (listeningSocket >= 0)
            ::listen(listeningSocket, SOMAXCONN);

        // Unpaid orders past their reservation give their stock back.
        // Tombstones past the retention window leave the change feed, hourly.
        std::thread sweeper(
            [&orders, &store, interval = config.sweepIntervalMs, days = config.tombstoneDays] {
                auto nextPrune = std::chrono::steady_clock::now();
                for (;;) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(interval));
                    try {
                        if (!store->isLeader())
                            continue; // another server of this database sweeps
                        if (std::chrono::steady_clock::now() >= nextPrune) {
                            store->pruneTombstones(QDateTime::currentDateTimeUtc().addDays(-days));
                            nextPrune = std::chrono::steady_clock::now() + std::chrono::hours(1);
                        }
                        orders.sweepExpired(QDateTime::currentDateTimeUtc());
                    } catch (const std::exception& e) {
                        log::write(log::Level::Error, "sweeper failed", {{"error", e.what()}});
                    }
                }
            });
        sweeper.detach();

        // Issue 16: the trading day closes by itself at midnight Europe/Paris when nobody closed
        // it (and a month, a year after its last day). The wall clock is read every few seconds
        // rather than slept until midnight, so a clock set or a DST change cannot make it late.
        std::thread closer([&fiscal, &store, &calendar = fiscal.calendar()] {
            QDate done = calendar.tradingDay(QDateTime::currentDateTimeUtc());
            for (;;) {
                std::this_thread::sleep_for(std::chrono::seconds(5));
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (calendar.tradingDay(now) == done)
                    continue;
                if (!store->isLeader())
                    continue; // another server of this database closes the day
                try {
                    const int closed = fiscal.closeDue(now);
                    done = calendar.tradingDay(now);
                    log::write(log::Level::Info, "fiscal closures at midnight",
                               {{"closures", std::to_string(closed), true}});
                } catch (const std::exception& e) {
                    log::write(log::Level::Error, "fiscal closures failed", {{"error", e.what()}});
                }
            }
        });
        closer.detach();

        std::thread stopper([&http, &router, stopSignals] {
            int received = 0;
            sigwait(&stopSignals, &received);
            log::write(log::Level::Info, "stopping", {{"signal", std::to_string(received), true}});
            http->stop();
            // Requests in progress finish; idle keep-alive connections would hold the pool's
            // threads until their timeout, so once nothing is in flight the process ends. Every
            // acknowledged write is already committed, so nothing is lost by not waiting.
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (router.inFlight() > 0 && std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            log::write(log::Level::Info, "stopped");
            std::fflush(stdout);
            std::fflush(stderr);
            std::_Exit(0);
        });
        stopper.detach();

        // The simulator's events go through the store's outbox: those of a previous run that
        // were not delivered yet are sent now.
        std::unique_ptr<WebhookSender> simulatorEvents;
        if (config.simulatorWebhooks) {
            std::string baseUrl;
            std::string path = "/api/v1/webhooks/payments";
            if (!config.simulatorWebhookUrl.isEmpty()) {
                const QUrl url(config.simulatorWebhookUrl);
                baseUrl = u"%1://%2:%3"_qs.arg(url.scheme(), url.host())
                              .arg(url.port(url.scheme() == u"https" ? 443 : 80))
                              .toStdString();
                path =
                    url.path(QUrl::FullyEncoded).isEmpty() ? "/" : url.path(QUrl::FullyEncoded).toStdString();
            } else if (config.tlsCert.isEmpty()) {
                const QString self = config.listen == u"0.0.0.0" ? u"127.0.0.1"_qs : config.listen;
                baseUrl = u"http://%1:%2"_qs.arg(self).arg(port).toStdString();
            } else {
                log::write(log::Level::Warn,
                           "simulator webhooks off: with TLS, give --simulator-webhook-url");
            }
            if (!baseUrl.empty()) {
                simulatorEvents = std::make_unique<WebhookSender>(*store, webhookSecret.toUtf8(), baseUrl,
                                                                  path, WebhookSender::Settings{});
                gateway.setEventSink([&simulatorEvents](const QString& type, const QJsonObject& data) {
                    simulatorEvents->send(type, data);
                });
            }
        }

        // The mail outbox: what a previous run left unsent (or was sending when it stopped) goes now.
        MailSender::Settings mailSettings;
        mailSettings.smtpUrl = config.smtpUrl.toStdString();
        mailSettings.from = config.mailFrom;
        mailSettings.mailDir = config.dataDir + u"/mail"_qs;
        mailSettings.lease = std::chrono::seconds(config.mailLeaseSeconds);
        mailSettings.smtpTimeout =
            std::min(mailSettings.smtpTimeout, std::chrono::seconds(config.mailLeaseSeconds));
        MailSender mailSender(*store, mailSettings);
        mailOutbox.setWake([&mailSender] { mailSender.wake(); });

        const QString scheme = config.tlsCert.isEmpty() ? u"http"_qs : u"https"_qs;
        const QString shownHost = hostForUrl(config.listen);
        printLine(
            u"live channel on port %1%2"_qs.arg(hub.port())
                .arg(config.publicWsUrl.isEmpty() ? QString() : u", advertised as "_qs + config.publicWsUrl));
        printLine(u"comptoir-server %1 listening on %2://%3:%4 (data: %5)"_qs.arg(
            QString::fromLatin1(COMPTOIR_VERSION), scheme, shownHost, QString::number(port), config.dataDir));
        std::thread serving([&http] { http->listen_after_bind(); });
        serving.detach();
        return QCoreApplication::exec();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "comptoir-server: %s\n", e.what());
        return 1;
    }
}

} // namespace comptoir::server
