#include "http/requestcontext.h"

#include "domain/errors.h"

#include <QJsonDocument>

namespace comptoir::server {

QString RequestContext::pathParam(const std::string& name) const
{
    for (const auto& [key, value] : m_params)
        if (key == name)
            return QString::fromStdString(value);
    return {};
}

std::optional<QString> RequestContext::query(const std::string& name) const
{
    const size_t count = req.get_param_value_count(name.c_str());
    if (count == 0)
        return std::nullopt;
    if (count > 1)
        throw Invalid::malformed(
            u"The query parameter %1 is given more than once."_qs.arg(QString::fromStdString(name)),
            QString::fromStdString(name));
    const std::string value = req.get_param_value(name.c_str());
    // A NUL (%00) is no character of any text a parameter holds: a malformed parameter, 400 as
    // the contract says, rather than a search for something nobody can type.
    if (value.find('\0') != std::string::npos)
        throw Invalid::malformed(
            u"The query parameter %1 contains a NUL character."_qs.arg(QString::fromStdString(name)),
            QString::fromStdString(name));
    return QString::fromStdString(value);
}

std::optional<qint64> RequestContext::queryInteger(const std::string& name, qint64 min, qint64 max) const
{
    const auto text = query(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    const QString field = QString::fromStdString(name);
    if (!ok || value < min || value > max)
        throw Invalid::malformed(u"%1 must be an integer between %2 and %3."_qs.arg(field).arg(min).arg(max),
                                 field);
    return value;
}

int RequestContext::limit() const
{
    return int(queryInteger("limit", 1, 200).value_or(50));
}

std::string RequestContext::header(const std::string& name) const
{
    return req.get_header_value(name.c_str());
}

QJsonObject RequestContext::jsonBody() const
{
    if (req.body.empty())
        throw Invalid::malformed(u"A JSON object body is required."_qs);
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(req.body.data(), qsizetype(req.body.size())), &error);
    if (error.error != QJsonParseError::NoError)
        throw Invalid::malformed(
            u"The body is not valid JSON: %1 at offset %2."_qs.arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw Invalid::malformed(u"The body must be a JSON object."_qs);
    return doc.object();
}

void RequestContext::sendJson(int status, const QJsonObject& body)
{
    sendRawJson(status, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
}

void RequestContext::sendRawJson(int status, std::string body)
{
    res.status = status;
    res.set_content(std::move(body), "application/json");
}

void RequestContext::sendNoContent()
{
    res.status = 204;
    res.body.clear();
}

} // namespace comptoir::server
