#include "cashdrawers.h"

#include "orderbodies.h"

#include <QUuid>

namespace comptoir::test {

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
    auto c = server.client();
    const EnrolledRegister till = enrolRegister(c, managerToken, store);
    return till.userId.isEmpty() ? QString() : openCashSession(server, staffToken, till.userId);
}

QJsonObject throughDrawer(QJsonObject body, const QString& sessionId)
{
    body.insert(u"cash_session_id"_qs, sessionId);
    return body;
}

} // namespace comptoir::test
