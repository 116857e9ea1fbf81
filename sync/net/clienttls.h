#pragma once
// How the client checks the server's certificate, for HTTPS and the live channel's wss:// alike:
// the system's trusted authorities, plus a private authority's certificates (--ca-file), or no
// check at all (--insecure: for tests only, and said loudly in the log).

#include <QSslConfiguration>
#include <QString>

namespace comptoir::sync {

struct TlsOptions {
    QString caFile; // PEM certificates of a private certificate authority
    bool insecure = false;
};

struct ClientTls {
    QSslConfiguration configuration; // null: the system's defaults as they are
    QString error;                   // set when the options cannot be used
};

[[nodiscard]] ClientTls clientTls(const TlsOptions& options);

} // namespace comptoir::sync
