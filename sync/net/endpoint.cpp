#include "sync/net/endpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace comptoir::sync {

QNetworkRequest Endpoint::request(const QString& pathAndQuery, int timeoutMs) const
{
    QUrl url = serverUrl;
    const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(base + u"/api/v1"_qs + (question < 0 ? pathAndQuery : pathAndQuery.left(question)));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!tls.isNull())
        request.setSslConfiguration(tls);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

bool HttpAnswer::isTransient() const
{
    if (status == 0 || foreign || status >= 500 || status == 408 || status == 429)
        return true;
    return status == 409 && problemType == u"urn:comptoir:problem:idempotency-in-flight";
}

QString HttpAnswer::describe() const
{
    if (status == 0)
        return u"no answer: "_qs + networkError;
    if (foreign)
        return networkError;
    return problemDetail.isEmpty() ? u"HTTP %1"_qs.arg(status)
                                   : u"HTTP %1: %2"_qs.arg(status).arg(problemDetail);
}

HttpAnswer HttpAnswer::from(QNetworkReply& reply)
{
    HttpAnswer a;
    a.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.isOpen()) // an aborted or timed-out reply is closed: nothing to read
        a.body = reply.readAll();
    if (a.status == 0) {
        a.networkError = reply.errorString();
        return a;
    }
    a.retryAfterSeconds = reply.rawHeader("Retry-After").toInt();
    const QString contentType = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    if (a.status >= 200 && a.status < 300 && a.status != 204 &&
        !contentType.startsWith(u"application/json")) {
        a.foreign = true;
        a.networkError = u"a success that is not JSON (%1): not the Comptoir server"_qs.arg(contentType);
        return a;
    }
    if (contentType.startsWith(u"application/problem+json")) {
        const QJsonObject problem = QJsonDocument::fromJson(a.body).object();
        a.problemType = problem.value(u"type"_qs).toString();
        a.problemDetail = problem.value(u"detail"_qs).toString(problem.value(u"title"_qs).toString());
        // Field errors say what to fix ("lines[0].sku: unknown SKU"): keep them with the detail.
        QStringList fields;
        for (const QJsonValue& e : problem.value(u"errors"_qs).toArray())
            fields << e.toObject().value(u"field"_qs).toString() + u": "_qs +
                          e.toObject().value(u"message"_qs).toString();
        if (!fields.isEmpty())
            a.problemDetail += u" ("_qs + fields.join(u"; "_qs) + u')';
    }
    return a;
}

} // namespace comptoir::sync
