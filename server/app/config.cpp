#include "app/config.h"

#include "comptoir/config.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QStandardPaths>
#include <QUrl>
#include <functional>

namespace comptoir::server {

namespace {

struct Option {
    const char* flag;     // without the leading dashes
    const char* env;      // COMPTOIR_*
    const char* argument; // empty for a switch
    const char* help;
    std::function<bool(Config&, const QString&)> apply; // false when the value is invalid
};

bool toInt(const QString& text, int min, int max, int& out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    out = v;
    return true;
}

bool toSwitch(const QString& text, bool& out)
{
    if (text.isEmpty() || text == u"1" || text == u"true" || text == u"yes") {
        out = true;
        return true;
    }
    if (text == u"0" || text == u"false" || text == u"no") {
        out = false;
        return true;
    }
    return false;
}

const std::vector<Option>& options()
{
    static const std::vector<Option> all = {
        {"data-dir", "COMPTOIR_DATA_DIR", "DIR",
         "folder for the database and demo credentials (default: per-user data folder)",
         [](Config& c, const QString& v) { return !(c.dataDir = v).isEmpty(); }},
        {"database", "COMPTOIR_DATABASE", "URL",
         "sqlite: (default, comptoir.db in --data-dir) or postgresql://user@host:port/db, shared by "
         "several servers",
         [](Config& c, const QString& v) {
             c.database = v;
             return v == u"sqlite:" || v.startsWith(u"postgresql://") || v.startsWith(u"postgres://");
         }},
        {"listen", "COMPTOIR_LISTEN", "ADDR", "address to listen on (default 127.0.0.1; 0.0.0.0 for all)",
         [](Config& c, const QString& v) { return !(c.listen = v).isEmpty(); }},
        {"port", "COMPTOIR_PORT", "N", "HTTP port, 0 for any free port (default 8080)",
         [](Config& c, const QString& v) { return toInt(v, 0, 65535, c.port); }},
        {"ws-port", "COMPTOIR_WS_PORT", "N", "live sync WebSocket port, 0 for any free port (default 8081)",
         [](Config& c, const QString& v) { return toInt(v, 0, 65535, c.wsPort); }},
        {"demo", "COMPTOIR_DEMO", "", "create the demo store on first start",
         [](Config& c, const QString& v) { return toSwitch(v, c.demo); }},
        {"tls-cert", "COMPTOIR_TLS_CERT", "FILE", "PEM certificate: serve HTTPS",
         [](Config& c, const QString& v) { return !(c.tlsCert = v).isEmpty(); }},
        {"tls-key", "COMPTOIR_TLS_KEY", "FILE", "PEM private key for --tls-cert",
         [](Config& c, const QString& v) { return !(c.tlsKey = v).isEmpty(); }},
        {"public-ws-url", "COMPTOIR_PUBLIC_WS_URL", "URL",
         "live channel address given to clients, e.g. wss://shop.example/live behind a proxy (default: the "
         "host the client reached, on --ws-port)",
         [](Config& c, const QString& v) {
             c.publicWsUrl = v;
             const QUrl url(v, QUrl::StrictMode);
             return url.isValid() && !url.host().isEmpty() &&
                    (url.scheme() == u"ws" || url.scheme() == u"wss");
         }},
        {"log-level", "COMPTOIR_LOG_LEVEL", "LEVEL", "debug, info, warn, error or off (default info)",
         [](Config& c, const QString& v) {
             c.logLevel = v;
             return QStringList{u"debug"_qs, u"info"_qs, u"warn"_qs, u"error"_qs, u"off"_qs}.contains(v);
         }},
        {"threads", "COMPTOIR_THREADS", "N",
         "HTTP worker threads; each serves one keep-alive connection (default 96)",
         [](Config& c, const QString& v) { return toInt(v, 2, 4096, c.threads); }},
        {"body-limit", "COMPTOIR_BODY_LIMIT", "BYTES", "largest request body accepted (default 1048576)",
         [](Config& c, const QString& v) {
             int n = 0;
             const bool ok = toInt(v, 1024, 256 << 20, n);
             c.bodyLimit = n;
             return ok;
         }},
        {"durability", "COMPTOIR_DURABILITY", "MODE",
         "full: every commit fsynced, survives power loss; normal: survives a crash of the process (default "
         "full)",
         [](Config& c, const QString& v) {
             c.durability = v;
             return v == u"full" || v == u"normal";
         }},
        {"resources-dir", "COMPTOIR_RESOURCES_DIR", "DIR",
         "folder with images/ (default: the source tree's resources/)",
         [](Config& c, const QString& v) { return !(c.resourcesDir = v).isEmpty(); }},
        {"token-ttl-hours", "COMPTOIR_TOKEN_TTL_HOURS", "N", "lifetime of sign-in tokens (default 168)",
         [](Config& c, const QString& v) { return toInt(v, 1, 24 * 365, c.tokenTtlHours); }},
        {"search-cache-mb", "COMPTOIR_SEARCH_CACHE_MB", "N",
         "memory for cached catalog search answers, 0 to turn it off (default 32)",
         [](Config& c, const QString& v) { return toInt(v, 0, 4096, c.searchCacheMb); }},
        {"tombstone-days", "COMPTOIR_TOMBSTONE_DAYS", "N",
         "how long deletions stay in the change feed; older sync cursors get 410 (default 30)",
         [](Config& c, const QString& v) { return toInt(v, 1, 3650, c.tombstoneDays); }},
        {"simulator-webhooks", "COMPTOIR_SIMULATOR_WEBHOOKS", "",
         "the payment simulator sends its signed events (payment.captured) to this server's webhook endpoint",
         [](Config& c, const QString& v) { return toSwitch(v, c.simulatorWebhooks); }},
        {"simulator-webhook-url", "COMPTOIR_SIMULATOR_WEBHOOK_URL", "URL",
         "where --simulator-webhooks posts the events (default: this server's own endpoint, plain HTTP only)",
         [](Config& c, const QString& v) {
             const QUrl url(v, QUrl::StrictMode);
             c.simulatorWebhookUrl = v;
             return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
                    !url.host().isEmpty();
         }},
        {"reservation-seconds", "COMPTOIR_RESERVATION_SECONDS", "N",
         "how long an unpaid order holds its stock before it is cancelled (default 900)",
         [](Config& c, const QString& v) { return toInt(v, 1, 7 * 24 * 3600, c.reservationSeconds); }},
        {"sweep-interval-ms", "COMPTOIR_SWEEP_INTERVAL_MS", "N",
         "how often expired orders are looked for (default 5000)",
         [](Config& c, const QString& v) { return toInt(v, 10, 3600 * 1000, c.sweepIntervalMs); }},
        {"terminal-delay-ms", "COMPTOIR_TERMINAL_DELAY_MS", "N",
         "time the simulated card terminal takes to answer (default 1500)",
         [](Config& c, const QString& v) { return toInt(v, 0, 120 * 1000, c.terminalDelayMs); }},
        {"terminal-decline-rate", "COMPTOIR_TERMINAL_DECLINE_RATE", "R",
         "share of simulated terminal payments declined, 0 to 1 (default 0)",
         [](Config& c, const QString& v) {
             bool ok = false;
             c.terminalDeclineRate = v.toDouble(&ok);
             return ok && c.terminalDeclineRate >= 0 && c.terminalDeclineRate <= 1;
         }},
        {"webhook-secret", "COMPTOIR_WEBHOOK_SECRET", "SECRET",
         "shared secret of payment webhooks (default: generated once and kept in the database)",
         [](Config& c, const QString& v) { return (c.webhookSecret = v).size() >= 16; }},
        {"create-admin", "COMPTOIR_CREATE_ADMIN", "EMAIL",
         "create this admin if missing; password from COMPTOIR_ADMIN_PASSWORD or asked on the terminal",
         [](Config& c, const QString& v) { return !(c.createAdmin = v).isEmpty(); }},
        {"smtp-url", "COMPTOIR_SMTP_URL", "URL",
         "SMTP server for the mails, smtp://host:port or smtps://host:port (default: none, mails are written "
         "as .eml files under DATA_DIR/mail/)",
         [](Config& c, const QString& v) {
             c.smtpUrl = v;
             const QUrl url(v, QUrl::StrictMode);
             return url.isValid() && !url.host().isEmpty() &&
                    (url.scheme() == u"smtp" || url.scheme() == u"smtps");
         }},
        {"mail-from", "COMPTOIR_MAIL_FROM", "MAILBOX",
         "sender of the mails, \"Name <address>\" or an address (default \"Comptoir "
         "<no-reply@comptoir.local>\")",
         [](Config& c, const QString& v) {
             c.mailFrom = v;
             const QString address = v.contains(u'<') ? v.section(u'<', -1).section(u'>', 0, 0) : v;
             return address.contains(u'@') && !v.contains(u'\n') && !v.contains(u'\r') && v.size() <= 200;
         }},
        {"mail-lease-seconds", "COMPTOIR_MAIL_LEASE_SECONDS", "N",
         "how long a mail being sent is left to its sender before it is tried again after a crash (default "
         "120)",
         [](Config& c, const QString& v) { return toInt(v, 1, 24 * 3600, c.mailLeaseSeconds); }},
        {"verify-journal", nullptr, "",
         "check every hash and signature of the fiscal journal in --data-dir (the server stopped), name "
         "the first bad entry and exit non-zero when one is",
         [](Config& c, const QString& v) { return toSwitch(v, c.verifyJournal); }},
        // Issue 16: the demo's generated sales (demo/demohistory.h).
        {"demo-history-days", "COMPTOIR_DEMO_HISTORY_DAYS", "N",
         "with --demo, on the first start: days of generated sales before today (default 90; 0 for none)",
         [](Config& c, const QString& v) { return toInt(v, 0, 3660, c.demoHistoryDays); }},
        {"demo-history-orders-per-day", "COMPTOIR_DEMO_HISTORY_ORDERS_PER_DAY", "N",
         "with --demo-history-days: orders a day over all stores (default about 120)",
         [](Config& c, const QString& v) { return toInt(v, 1, 1'000'000, c.demoHistoryOrdersPerDay); }},
        {"verify-journal-signatures", nullptr, "WHICH",
         "with --verify-journal: \"every\" signature (default, the contract's check) or only the \"anchors\" "
         "(one entry in 4,096 and the last; every hash still recomputed; see docs/performance.md)",
         [](Config& c, const QString& v) {
             c.verifyJournalAtAnchors = v == u"anchors";
             return v == u"anchors" || v == u"every";
         }},
        {"list-routes", nullptr, "", "print every route and exit",
         [](Config& c, const QString& v) { return toSwitch(v, c.listRoutes); }},
        {"version", nullptr, "", "print the version and exit",
         [](Config& c, const QString& v) { return toSwitch(v, c.showVersion); }},
        {"help", nullptr, "", "print this help and exit",
         [](Config& c, const QString& v) { return toSwitch(v, c.showHelp); }},
        {"events-per-minute", "COMPTOIR_EVENTS_PER_MINUTE", "N",
         "analytics batches (POST /events) admitted per client address and minute (default 120)",
         [](Config& c, const QString& v) { return toInt(v, 1, 1'000'000, c.eventsPerMinute); }},
        {"trusted-proxies", "COMPTOIR_TRUSTED_PROXIES", "ADDRS",
         "comma-separated addresses of load balancers (nginx) whose X-Forwarded-For names the caller, for "
         "rate limits and the local /metrics (default none)",
         [](Config& c, const QString& v) {
             c.trustedProxies.clear();
             for (const QString& part : v.split(u',', Qt::SkipEmptyParts)) {
                 QHostAddress address;
                 if (!address.setAddress(part.trimmed()))
                     return false;
                 c.trustedProxies.push_back(address.toString().toStdString());
             }
             return !c.trustedProxies.empty();
         }},
    };
    return all;
}

} // namespace

QString defaultDataDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_qs;
    return base + u"/comptoir"_qs;
}

QString configHelp()
{
    QString text =
        u"Usage: comptoir-server [options]\n\nComptoir's HTTP API server (version %1).\n\nOptions:\n"_qs.arg(
            QString::fromLatin1(COMPTOIR_VERSION));
    for (const Option& o : options()) {
        QString left = u"  --"_qs + QString::fromLatin1(o.flag);
        if (*o.argument)
            left += u' ' + QString::fromLatin1(o.argument);
        text += left.leftJustified(28) + QString::fromUtf8(o.help);
        if (o.env)
            text += u" [env "_qs + QString::fromLatin1(o.env) + u"]"_qs;
        text += u'\n';
    }
    return text;
}

ConfigResult parseConfig(int argc, char** argv)
{
    Config config;
    for (const Option& o : options()) {
        if (!o.env)
            continue;
        const QByteArray value = qgetenv(o.env);
        if (!value.isEmpty() && !o.apply(config, QString::fromLocal8Bit(value)))
            return {std::nullopt, u"invalid value for %1: %2"_qs.arg(QString::fromLatin1(o.env),
                                                                     QString::fromLocal8Bit(value))};
    }
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (!arg.startsWith(u"--"_qs))
            return {std::nullopt, u"unexpected argument: %1"_qs.arg(arg)};
        QString name = arg.mid(2);
        std::optional<QString> value;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        const auto it = std::find_if(options().begin(), options().end(),
                                     [&](const Option& o) { return name == QLatin1String(o.flag); });
        if (it == options().end())
            return {std::nullopt, u"unknown option --%1 (see --help)"_qs.arg(name)};
        if (*it->argument && !value) {
            if (i + 1 >= argc)
                return {std::nullopt, u"--%1 needs a value"_qs.arg(name)};
            value = QString::fromLocal8Bit(argv[++i]);
        }
        if (!it->apply(config, value.value_or(QString())))
            return {std::nullopt, u"invalid value for --%1: %2"_qs.arg(name, value.value_or(QString()))};
    }
    if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty())
        return {std::nullopt, u"--tls-cert and --tls-key go together"_qs};
    if (config.dataDir.isEmpty())
        config.dataDir = defaultDataDir();
    if (config.resourcesDir.isEmpty())
        config.resourcesDir = QString::fromLatin1(COMPTOIR_SOURCE_DIR) + u"/resources"_qs;
    return {config, {}};
}

} // namespace comptoir::server
