#include "app/access/staffaccess.h"

namespace comptoir::app {

QString StaffAccess::refusal(const QJsonObject& user) const
{
    const QString role = user.value(u"role"_qs).toString();
    if (role == u"staff" || role == u"manager" || role == u"admin")
        return {};
    if (role == u"customer")
        return tr("This is a customer account. The staff console is for the store's staff.");
    return tr("This account cannot sign in to the staff console.");
}

} // namespace comptoir::app
