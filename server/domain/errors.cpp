#include "domain/errors.h"

namespace comptoir::server {

ApiError::ApiError(int status, QString detail, QJsonObject extra)
    : std::runtime_error(detail.toStdString()), m_status(status), m_detail(std::move(detail)),
      m_extra(std::move(extra))
{
}

static QJsonObject fieldErrors(const QString& field, const QString& message)
{
    return {{u"errors"_qs, QJsonArray{QJsonObject{{u"field"_qs, field}, {u"message"_qs, message}}}}};
}

ApiError badRequest(const QString& detail, const QString& field)
{
    return ApiError(400, detail, field.isEmpty() ? QJsonObject{} : fieldErrors(field, detail));
}

ApiError unauthorized(const QString& detail)
{
    return ApiError(401, detail);
}
ApiError forbidden(const QString& detail)
{
    return ApiError(403, detail);
}
ApiError notFound(const QString& detail)
{
    return ApiError(404, detail);
}
ApiError conflict(const QString& detail, QJsonObject extra)
{
    return ApiError(409, detail, std::move(extra));
}
ApiError preconditionFailed(const QString& detail)
{
    return ApiError(412, detail);
}
ApiError preconditionRequired(const QString& detail)
{
    return ApiError(428, detail);
}

ApiError unprocessable(const QString& field, const QString& message)
{
    return ApiError(422, field + u" "_qs + message, fieldErrors(field, message));
}

ApiError tooManyRequests(const QString& detail, int retryAfterSeconds)
{
    ApiError e(429, detail);
    e.withRetryAfter(retryAfterSeconds);
    return e;
}

QString statusTitle(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_qs;
    case 401:
        return u"Unauthorized"_qs;
    case 403:
        return u"Forbidden"_qs;
    case 404:
        return u"Not Found"_qs;
    case 405:
        return u"Method Not Allowed"_qs;
    case 408:
        return u"Request Timeout"_qs;
    case 409:
        return u"Conflict"_qs;
    case 410:
        return u"Gone"_qs;
    case 411:
        return u"Length Required"_qs;
    case 412:
        return u"Precondition Failed"_qs;
    case 413:
        return u"Payload Too Large"_qs;
    case 414:
        return u"URI Too Long"_qs;
    case 415:
        return u"Unsupported Media Type"_qs;
    case 416:
        return u"Range Not Satisfiable"_qs;
    case 422:
        return u"Unprocessable Content"_qs;
    case 428:
        return u"Precondition Required"_qs;
    case 429:
        return u"Too Many Requests"_qs;
    case 431:
        return u"Request Header Fields Too Large"_qs;
    case 500:
        return u"Internal Server Error"_qs;
    case 502:
        return u"Bad Gateway"_qs;
    case 503:
        return u"Service Unavailable"_qs;
    default:
        return status >= 500 ? u"Server Error"_qs : u"Client Error"_qs;
    }
}

} // namespace comptoir::server
