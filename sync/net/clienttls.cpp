#include "sync/net/clienttls.h"

#include "sync/synclog.h"

#include <QSslCertificate>

namespace comptoir::sync {

ClientTls clientTls(const TlsOptions& options)
{
    ClientTls result;
    if (options.caFile.isEmpty() && !options.insecure)
        return result;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            result.error = u"no PEM certificate could be read from %1"_qs.arg(options.caFile);
            return result;
        }
        configuration.addCaCertificates(authorities);
    }
    if (options.insecure) {
        qCWarning(lcSync) << "INSECURE: the server's certificate is not checked (--insecure); anyone on the "
                             "network can read and change what this client sends, tokens included. For "
                             "tests only.";
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    result.configuration = configuration;
    return result;
}

} // namespace comptoir::sync
