#pragma once
// Staff at the console sign in with their email and password (the PIN on a till comes with the
// store floor). The token lives as long as the window: a console left signed in on a shared PC
// is what a store must not have.

#include "app/access/accountaccess.h"

namespace comptoir::app {

class StaffAccess : public AccountAccess {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The staff mode makes its access")
    // A manager or an admin: the back office's pages show.
    Q_PROPERTY(bool manager READ isManager NOTIFY userChanged)

public:
    using AccountAccess::AccountAccess;
    [[nodiscard]] bool isManager() const { return role() == u"manager" || role() == u"admin"; }

protected:
    [[nodiscard]] QString refusal(const QJsonObject& user) const override;
};

} // namespace comptoir::app
