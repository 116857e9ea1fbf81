#include "domain/changescope.h"

namespace comptoir::server {

ChangeScope changeScopeFor(const Principal& p)
{
    ChangeScope scope;
    if (!p.authenticated)
        return scope;
    switch (p.user.role) {
    case Role::Customer:
        scope.user = p.user.id.value;
        break;
    case Role::Kiosk:
    case Role::Register:         // a till's own token: staff sign in on it by PIN to see the store's orders
        scope.promotions = true; // a kiosk prices carts offline
        scope.device = p.user.id.value;
        break;
    case Role::Staff:
        scope.promotions = true;
        // A staff member without a store sees no store's orders ("-" matches none).
        scope.store = p.user.storeId.value.isEmpty() ? u"-"_qs : p.user.storeId.value;
        break;
    case Role::Manager:
    case Role::Admin:
        scope.promotions = true;
        scope.allOrders = true;
        break;
    }
    return scope;
}

} // namespace comptoir::server
