#include "sync/cache/cachescope.h"

namespace comptoir::sync {

QString cacheScopeOf(const QJsonObject& user)
{
    const QString role = user.value(u"role"_qs).toString();
    const QString id = user.value(u"id"_qs).toString();
    const QString store = user.value(u"store_id"_qs).toString();
    if (role == u"manager" || role == u"admin")
        return u"all"_qs;
    if (role == u"staff")
        return u"store:"_qs + (store.isEmpty() ? u"-"_qs : store);
    // Without an id, nothing tells two customers or two devices apart: the token does.
    if (id.isEmpty())
        return {};
    if (role == u"customer")
        return u"customer:"_qs + id;
    if (role == u"kiosk" || role == u"register")
        return u"device:"_qs + id;
    return {};
}

} // namespace comptoir::sync
