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

} // namespace comptoir::server
