#pragma once
// A signed-in person's own account (API.md "Customers"): the profile (name, phone, and the
// language of the mails, an addition), changing the password (other tokens stop working), and
// the password reset by mail (single-use token valid 1 h, only its hash stored; the same answer
// and the same work for an unknown address, so the API tells nobody who has an account).

#include "domain/loginthrottle.h"
#include "domain/mailoutbox.h"
#include "domain/principal.h"
#include "store/store.h"

#include <QJsonObject>
#include <chrono>
#include <optional>

namespace comptoir::server {

struct ProfileChange {
    std::optional<QString> name;
    std::optional<QString> phone; // an empty string clears it
    std::optional<QString> language;
};

class AccountService {
public:
    struct Settings {
        int passwordIterations = 600'000;
        std::chrono::seconds resetLifetime{3600};
        QString resetLinkBase = u"comptoir://reset?token="_qs;
        // Reset mails: 3 requests for one address lock it for 15 minutes; 30 a minute from one
        // client address. The login throttle's pieces, counting every request as a "failure".
        LoginThrottle::Limits resetThrottle{3, std::chrono::seconds(15 * 60), 30, std::chrono::seconds(60)};
    };

    AccountService(Store& store, MailOutbox& mail, Settings settings);

    // GET /me: the user object with "phone" (null when none) and "language".
    [[nodiscard]] QJsonObject me(const Principal& principal);
    // PATCH /me: 422 naming the field for hostile or malformed text.
    QJsonObject updateProfile(const Principal& principal, const ProfileChange& change);
    // POST /me/password: the current password must be right (422 on `current` otherwise), the new
    // one at least 10 characters (422 on `new`). Every other token of the user stops working.
    void changePassword(const Principal& principal, const QString& current, const QString& next);
    // POST /auth/password-reset: 429 when throttled, else nothing to tell.
    void requestPasswordReset(const QString& email, const std::string& remoteAddress);
    // POST /auth/password-reset/confirm: 422 on `token` when it is unknown, used or expired.
    void confirmPasswordReset(const QString& token, const QString& password);

private:
    Store& m_store;
    MailOutbox& m_mail;
    Settings m_settings;
    LoginThrottle m_resetThrottle;
};

} // namespace comptoir::server
