#include "httpclient.h"

#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

namespace comptoir::test {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

std::string Reply::header(const std::string& name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

QStringList Reply::errorFields() const
{
    QStringList fields;
    for (const QJsonValue& e : json().value(u"errors"_qs).toArray())
        fields.append(e.toObject().value(u"field"_qs).toString());
    return fields;
}

HttpClient::HttpClient(int port, std::string host) : HttpClient("http://" + host + ":" + std::to_string(port))
{
}

HttpClient::HttpClient(const std::string& baseUrl) : m_client(baseUrl)
{
    m_client.enable_server_certificate_verification(false);
    m_client.set_connection_timeout(5, 0);
    m_client.set_read_timeout(30, 0);
    m_client.set_keep_alive(true);
    m_client.set_tcp_nodelay(true);
}

static Reply toReply(const httplib::Result& result)
{
    if (!result)
        return {};
    return Reply{result->status, result->body, result->headers};
}

static httplib::Headers withToken(httplib::Headers headers, const std::string& token)
{
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    return headers;
}

Reply HttpClient::get(const std::string& path, const std::string& token, httplib::Headers headers)
{
    return toReply(m_client.Get(path.c_str(), withToken(std::move(headers), token)));
}

Reply HttpClient::post(const std::string& path, const QJsonObject& body, const std::string& token,
                       httplib::Headers headers)
{
    return raw("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
               "application/json", token, std::move(headers));
}

Reply HttpClient::put(const std::string& path, const QJsonObject& body, const std::string& token,
                      httplib::Headers headers)
{
    return raw("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
               "application/json", token, std::move(headers));
}

Reply HttpClient::patch(const std::string& path, const QJsonObject& body, const std::string& token,
                        httplib::Headers headers)
{
    return raw("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
               "application/json", token, std::move(headers));
}

Reply HttpClient::del(const std::string& path, const std::string& token)
{
    return toReply(m_client.Delete(path.c_str(), withToken({}, token)));
}

Reply HttpClient::raw(const std::string& method, const std::string& path, const std::string& body,
                      const std::string& contentType, const std::string& token, httplib::Headers headers)
{
    headers = withToken(std::move(headers), token);
    if (method == "POST")
        return toReply(m_client.Post(path.c_str(), headers, body, contentType.c_str()));
    if (method == "PATCH")
        return toReply(m_client.Patch(path.c_str(), headers, body, contentType.c_str()));
    if (method == "PUT")
        return toReply(m_client.Put(path.c_str(), headers, body, contentType.c_str()));
    if (method == "DELETE")
        return toReply(m_client.Delete(path.c_str(), headers, body, contentType.c_str()));
    return toReply(m_client.Get(path.c_str(), headers));
}

std::string urlEncode(const QString& value)
{
    return QUrl::toPercentEncoding(value).toStdString();
}

} // namespace comptoir::test
