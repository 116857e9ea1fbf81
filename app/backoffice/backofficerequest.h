#pragma once
// A request of the back office to the server, every field named (the build refuses a designated
// initializer that leaves some out).

#include "sync/net/onlinecall.h"

namespace comptoir::app {

[[nodiscard]] inline sync::CallRequest backOfficeRequest(const QString& method, const QString& path,
                                                         const QByteArray& body = {}, const QString& key = {},
                                                         int deadlineMs = 20000)
{
    sync::CallRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.idempotencyKey = key;
    request.deadlineMs = deadlineMs;
    return request;
}

} // namespace comptoir::app
