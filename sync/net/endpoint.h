#pragma once
// Where the server is and who we are to it: builds the HTTP requests of the sync library and
// reads their answers into one shape (status, body, problem, whether it is worth retrying).

#include <QByteArray>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace comptoir::sync {

struct Endpoint {
    QUrl serverUrl;        // e.g. http://127.0.0.1:8080 (the API is under /api/v1)
    QByteArray token;      // bearer token; empty for an anonymous client
    QSslConfiguration tls; // null: the system's defaults (see clienttls.h)

    // A request for `pathAndQuery` under /api/v1, with the token and a transfer timeout.
    [[nodiscard]] QNetworkRequest request(const QString& pathAndQuery, int timeoutMs) const;
};

struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all (refused, cut, timed out)
    QByteArray body;
    QString networkError;  // when status is 0
    QString problemType;   // from a problem+json answer
    QString problemDetail; // detail, or title, of a problem+json answer
    int retryAfterSeconds = 0;
    // A success that is not JSON: a captive portal or a proxy answered, not our server. It
    // settles nothing and is tried again.
    bool foreign = false;

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300 && !foreign; }
    // Worth sending again with the same key: no answer, a server error, a timeout, a rate limit,
    // or the server still working on the same key. Anything else is the server's final word.
    [[nodiscard]] bool isTransient() const;
    // One line for the log and the UI.
    [[nodiscard]] QString describe() const;

    static HttpAnswer from(QNetworkReply& reply);
};

} // namespace comptoir::sync
