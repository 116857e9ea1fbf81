#pragma once
// Who is calling: the authenticated user (or nobody) and what they may touch.

#include "comptoir/domain.h"

#include <QByteArray>

namespace comptoir::server {

struct Principal {
    bool authenticated = false;
    User user;            // meaningful when authenticated
    QByteArray tokenHash; // the hash of the bearer token that authenticated this request
    // The till a PIN sign-in happened on (POST /auth/pin): cash taken with this token belongs to
    // that register's drawer. Empty for password and device tokens.
    UserId registerId;

    [[nodiscard]] bool is(Role minimum) const { return authenticated && isAtLeast(user.role, minimum); }
    // Staff and kiosks act only for their own store; managers and admins for every location.
    [[nodiscard]] bool mayActAt(const LocationId& location) const
    {
        if (!authenticated)
            return false;
        if (isAtLeast(user.role, Role::Manager))
            return true;
        return !user.storeId.isEmpty() && user.storeId == location;
    }
    // Key under which idempotency records and rate limits are kept.
    [[nodiscard]] QString scopeKey() const { return authenticated ? user.id.value : u"anonymous"_qs; }
};

// Throws 401 when nobody is signed in and 403 when the role is below `minimum`.
void requireRole(const Principal& principal, Role minimum);

// Throws 403 for a register's own token. A till enrolled as a device signs its staff in by PIN
// and reads what a kiosk reads; selling, taking payments and moving stock are done by the person
// signed in at it, with their PIN token, so every sale has someone who made it. The rank that a
// register shares with customers admits it to routes open to any signed-in principal: the routes
// among them that move value call this.
void refuseRegisterToken(const Principal& principal);

} // namespace comptoir::server
