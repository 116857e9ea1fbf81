#pragma once
// A blocking HTTP client for tests: real sockets to a real server, answers with their JSON.

#include <httplib.h>

#include <QJsonArray>
#include <QJsonObject>
#include <string>

namespace comptoir::test {

struct Reply {
    int status = 0; // 0 when the connection failed
    std::string body;
    httplib::Headers headers;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QJsonArray items() const { return json().value(u"items"_qs).toArray(); }
    [[nodiscard]] std::string header(const std::string& name) const;
    // The `field` names of a problem's `errors`.
    [[nodiscard]] QStringList errorFields() const;
};

class HttpClient {
public:
    explicit HttpClient(int port, std::string host = "127.0.0.1");
    // "http://host:port" or "https://host:port"; the tests' own client does not check the
    // server's certificate (the product's client does: tst_livereach).
    explicit HttpClient(const std::string& baseUrl);

    Reply get(const std::string& path, const std::string& token = {}, httplib::Headers headers = {});
    Reply post(const std::string& path, const QJsonObject& body, const std::string& token = {},
               httplib::Headers headers = {});
    Reply put(const std::string& path, const QJsonObject& body, const std::string& token = {},
              httplib::Headers headers = {});
    Reply patch(const std::string& path, const QJsonObject& body, const std::string& token = {},
                httplib::Headers headers = {});
    Reply del(const std::string& path, const std::string& token = {});
    // Any method, any bytes, any content type: for hostile input.
    Reply raw(const std::string& method, const std::string& path, const std::string& body,
              const std::string& contentType, const std::string& token = {}, httplib::Headers headers = {});

private:
    httplib::Client m_client;
};

// Percent-encodes a query parameter value.
[[nodiscard]] std::string urlEncode(const QString& value);

} // namespace comptoir::test
