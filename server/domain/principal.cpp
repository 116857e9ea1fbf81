#include "domain/principal.h"

#include "domain/errors.h"

namespace comptoir::server {

void requireRole(const Principal& principal, Role minimum)
{
    if (!principal.authenticated)
        throw Forbidden::notSignedIn();
    if (!isAtLeast(principal.user.role, minimum))
        throw Forbidden(u"This action needs the %1 role or higher."_qs.arg(toString(minimum)));
}

void refuseRegisterToken(const Principal& principal)
{
    if (principal.authenticated && principal.user.role == Role::Register)
        throw Forbidden(u"A till's own token only signs staff in: sign in with your PIN first."_qs);
}

} // namespace comptoir::server
