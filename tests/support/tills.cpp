#include "tills.h"

namespace comptoir::test {

EnrolledRegister enrolRegister(HttpClient& c, const std::string& managerToken, const QString& storeId)
{
    const Reply r = c.post(
        "/api/v1/devices",
        {{u"name"_qs, u"Till at "_qs + storeId}, {u"store_id"_qs, storeId}, {u"kind"_qs, u"register"_qs}},
        managerToken);
    if (r.status != 201)
        return {};
    return {r.json().value(u"token"_qs).toString().toStdString(),
            r.json().value(u"user"_qs).toObject().value(u"id"_qs).toString()};
}

int setPin(HttpClient& c, const std::string& token, const QString& pin)
{
    return c.put("/api/v1/me/pin", {{u"pin"_qs, pin}}, token).status;
}

Reply pinSignIn(HttpClient& c, const std::string& registerToken, const QString& email, const QString& pin)
{
    return c.post("/api/v1/auth/pin", {{u"email"_qs, email}, {u"pin"_qs, pin}}, registerToken);
}

std::string createAndSignIn(TestServer& server, const std::string& adminToken, const QString& email,
                            const QString& role, const QString& storeId)
{
    QJsonObject body{{u"email"_qs, email},
                     {u"password"_qs, QString::fromLatin1(kDemoPassword)},
                     {u"name"_qs, email.section(u'@', 0, 0)},
                     {u"role"_qs, role}};
    if (!storeId.isEmpty())
        body.insert(u"store_id"_qs, storeId);
    if (server.client().post("/api/v1/users", body, adminToken).status != 201)
        return {};
    return server.login(email);
}

} // namespace comptoir::test
