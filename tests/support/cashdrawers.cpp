#include "cashdrawers.h"

#include "orderbodies.h"

#include <QUuid>

namespace comptoir::test {

EnrolledRegister enrolRegister(TestServer& server, const std::string& managerToken, const QString& store,
                               const QString& name)
{
    const Reply r = server.client().post(
        "/api/v1/devices", {{u"name"_qs, name}, {u"store_id"_qs, store}, {u"kind"_qs, u"register"_qs}},
        managerToken);
    if (r.status != 201)
        return {};
    return {r.json().value(u"user"_qs).toObject().value(u"id"_qs).toString(),
            r.json().value(u"token"_qs).toString().toStdString()};
}

QString openCashSession(TestServer& server, const std::string& token, const QString& registerId,
                        qint64 openingFloat)
{
    const Reply r = server.client().post(
        "/api/v1/cash-sessions", {{u"register_id"_qs, registerId}, {u"opening_float"_qs, eur(openingFloat)}},
        token, idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()));
    return r.status == 201 ? r.json().value(u"id"_qs).toString() : QString();
}

QString openDrawer(TestServer& server, const std::string& managerToken, const std::string& staffToken,
                   const QString& store)
{
    const EnrolledRegister till = enrolRegister(server, managerToken, store, u"Till"_qs);
    return till.id.isEmpty() ? QString() : openCashSession(server, staffToken, till.id);
}

QJsonObject throughDrawer(QJsonObject body, const QString& sessionId)
{
    body.insert(u"cash_session_id"_qs, sessionId);
    return body;
}

} // namespace comptoir::test
