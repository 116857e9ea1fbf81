#include "demoaccounts.h"

namespace comptoir::test {

bool DemoAccounts::signInStaff(TestServer& server)
{
    manager = server.login(u"manager@demo.comptoir.fr"_qs);
    staffParis = server.login(u"staff.paris@demo.comptoir.fr"_qs);
    staffLyon = server.login(u"staff.lyon@demo.comptoir.fr"_qs);
    return !manager.empty() && !staffParis.empty() && !staffLyon.empty();
}

bool DemoAccounts::signInKiosks(TestServer& server)
{
    kioskParis = server.kioskToken(u"loc_paris"_qs);
    kioskLyon = server.kioskToken(u"loc_lyon"_qs);
    return !kioskParis.empty() && !kioskLyon.empty();
}

RegisteredCustomer registerCustomer(TestServer& server, const QString& email, const QString& name,
                                    const QString& password)
{
    const Reply r = server.client().post(
        "/api/v1/auth/register", {{u"email"_qs, email}, {u"password"_qs, password}, {u"name"_qs, name}});
    return {r.status, r.json().value(u"user"_qs).toObject().value(u"id"_qs).toString(),
            server.login(email, password)};
}

QJsonArray everyItem(HttpClient& c, const std::string& path, const std::string& token)
{
    QJsonArray all;
    std::string cursor;
    const char separator = path.find('?') == std::string::npos ? '?' : '&';
    for (int pages = 0; pages < 1000; ++pages) {
        const Reply page =
            c.get(path + (cursor.empty() ? std::string() : separator + ("cursor=" + cursor)), token);
        if (page.status != 200)
            return {};
        for (const QJsonValue& v : page.items())
            all.append(v);
        const QJsonValue next = page.json().value(u"next_cursor"_qs);
        if (!next.isString())
            return all;
        cursor = urlEncode(next.toString());
    }
    return {};
}

} // namespace comptoir::test
