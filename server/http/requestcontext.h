#pragma once
// One HTTP request as handlers see it: the principal, path parameters, query and body helpers,
// and the answer being built. Handlers translate HTTP only; rules live in domain/.

#include "domain/principal.h"

#include <httplib.h>

#include <QJsonObject>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace comptoir::server {

class RequestContext {
public:
    RequestContext(const httplib::Request& request, httplib::Response& response, std::string requestId)
        : req(request), res(response), m_requestId(std::move(requestId))
    {
    }

    const httplib::Request& req;
    httplib::Response& res;
    Principal principal;
    // The caller's address: the peer's, or the one a trusted proxy saw (http/clientaddress.h).
    std::string clientAddress;

    [[nodiscard]] const std::string& requestId() const { return m_requestId; }
    [[nodiscard]] QString pathParam(const std::string& name) const;
    void setPathParams(std::vector<std::pair<std::string, std::string>> params)
    {
        m_params = std::move(params);
    }

    // A query parameter, or nullopt when absent; repeated parameters are refused (400).
    [[nodiscard]] std::optional<QString> query(const std::string& name) const;
    // `limit` in 1–200 (default 50), 400 otherwise.
    [[nodiscard]] int limit() const;
    [[nodiscard]] std::optional<qint64> queryInteger(const std::string& name, qint64 min, qint64 max) const;
    [[nodiscard]] std::string header(const std::string& name) const;

    // The body as a JSON object: 400 when empty, malformed or not an object.
    [[nodiscard]] QJsonObject jsonBody() const;

    void sendJson(int status, const QJsonObject& body);
    // A pre-encoded JSON document.
    void sendRawJson(int status, std::string body);
    void sendNoContent();

private:
    std::string m_requestId;
    std::vector<std::pair<std::string, std::string>> m_params;
};

} // namespace comptoir::server
