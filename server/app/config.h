#pragma once
// Server configuration from command-line flags and COMPTOIR_* environment variables
// (a flag wins over its variable), with --help.

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace comptoir::server {

struct Config {
    QString dataDir;
    // Where the data lives: empty or "sqlite:" for comptoir.db in dataDir; a postgresql:// URL for
    // a PostgreSQL database shared by several servers (issue 17).
    QString database;
    QString listen = u"127.0.0.1"_qs;
    int port = 8080;
    int wsPort = 8081;
    bool demo = false;
    QString tlsCert;
    QString tlsKey;
    QString publicWsUrl; // the live channel's address as clients must use it (a proxy in front)
    QString logLevel = u"info"_qs;
    int threads = 96;
    qint64 bodyLimit = 1 << 20;
    QString durability = u"full"_qs;
    QString resourcesDir;
    int reservationSeconds = 15 * 60;
    int sweepIntervalMs = 5000;
    int terminalDelayMs = 1500;
    double terminalDeclineRate = 0.0;
    QString webhookSecret;          // generated and kept in the database when not given
    int searchCacheMb = 32;         // answers of catalog searches kept in memory; 0 turns the cache off
    int tombstoneDays = 30;         // how long deletions stay in the change feed
    bool simulatorWebhooks = false; // the payment simulator posts its events to this server
    QString simulatorWebhookUrl;    // ...or to this endpoint (http or https), when given
    int tokenTtlHours = 24 * 7;
    QString
        createAdmin; // email of a first admin to create (password from COMPTOIR_ADMIN_PASSWORD or a prompt)
    // Mail (accounts and orders): SMTP server, sender, and how long a mail being sent is left to
    // its sender before another attempt may take it (tests shorten it).
    QString smtpUrl; // empty: mails are written as .eml files under <data-dir>/mail/
    QString mailFrom = u"Comptoir <no-reply@comptoir.local>"_qs;
    int mailLeaseSeconds = 120;
    bool listRoutes = false;
    bool verifyJournal = false;          // check the fiscal journal of --data-dir and exit
    bool verifyJournalAtAnchors = false; // only the anchors' signatures (store/fiscaljournal.h)
    int demoHistoryDays = 90;            // with --demo, first start: days of generated sales
    int demoHistoryOrdersPerDay = 0;     // 0: the demo's mix (demo/demohistory.h)
    bool showVersion = false;
    bool showHelp = false;
    int eventsPerMinute = 120; // POST /events batches admitted per address and minute
    // Load balancers whose X-Forwarded-For names the caller (http/clientaddress.h).
    std::vector<std::string> trustedProxies;
};

struct ConfigResult {
    std::optional<Config> config;
    QString error; // set when the arguments are wrong
};

[[nodiscard]] ConfigResult parseConfig(int argc, char** argv);
[[nodiscard]] QString configHelp();
// The platform's per-user data folder for comptoir, e.g. ~/.local/share/comptoir.
[[nodiscard]] QString defaultDataDir();

} // namespace comptoir::server
