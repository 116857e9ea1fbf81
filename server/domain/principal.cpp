#include "domain/principal.h"

#include "domain/errors.h"

namespace comptoir::server {

void requireRole(const Principal& principal, Role minimum)
{
    if (!principal.authenticated)
        throw unauthorized();
    if (!isAtLeast(principal.user.role, minimum))
        throw forbidden(u"This action needs the %1 role or higher."_qs.arg(toString(minimum)));
}

} // namespace comptoir::server
