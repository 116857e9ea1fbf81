#pragma once
// A failure only the HTTP layer can name (405, 410, 415, 428, a 503 before the store is open):
// it carries its status itself. Failures of the domain and the store are DomainErrors instead.

#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace comptoir::server {

class HttpError : public std::runtime_error {
public:
    HttpError(int status, QString detail, QJsonObject extra = {})
        : std::runtime_error(detail.toStdString()), m_status(status), m_detail(std::move(detail)),
          m_extra(std::move(extra))
    {
    }

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QString& detail() const { return m_detail; }
    [[nodiscard]] const QJsonObject& extra() const { return m_extra; }

private:
    int m_status;
    QString m_detail;
    QJsonObject m_extra;
};

} // namespace comptoir::server
