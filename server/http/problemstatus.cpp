#include "http/problemstatus.h"

namespace comptoir::server {

int statusFor(const DomainError& error)
{
    if (dynamic_cast<const NotFound*>(&error))
        return 404;
    if (const auto* e = dynamic_cast<const Conflict*>(&error))
        return e->reason() == Conflict::Reason::StaleVersion ? 412 : 409;
    if (const auto* e = dynamic_cast<const Invalid*>(&error))
        return e->reason() == Invalid::Reason::Malformed ? 400 : 422;
    if (const auto* e = dynamic_cast<const Forbidden*>(&error))
        return e->reason() == Forbidden::Reason::NotSignedIn ? 401 : 403;
    if (dynamic_cast<const Locked*>(&error))
        return 423;
    if (const auto* e = dynamic_cast<const Unavailable*>(&error))
        return e->reason() == Unavailable::Reason::Throttled ? 429 : 502;
    // A new kind of DomainError added without a status here is a bug of ours, not the caller's.
    return 500;
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
    case 423:
        return u"Locked"_qs;
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
