#pragma once
// The one place where a domain failure becomes an HTTP status, and where a status gets the
// title every problem+json answer shows.

#include "domain/errors.h"

#include <QString>

namespace comptoir::server {

[[nodiscard]] int statusFor(const DomainError& error);
// The standard title for a status ("Not Found").
[[nodiscard]] QString statusTitle(int status);

} // namespace comptoir::server
