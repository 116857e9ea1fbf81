#pragma once
// Which part of the server's change feed a signed-in person sees, as one string: the key the
// local cache is filed under (SyncClient::Settings::cacheScope). Two people with the same key see
// exactly the same feed, so a till whose cashiers change every few minutes keeps its cache and
// cursor; a different key means data another principal may not see, and the cache starts again.
//
// The rule mirrors the server's (server/domain/changescope.cpp, API.md "Sync: scope"): change one,
// change the other.
//   customer          "customer:<user id>"  public data and their own orders
//   kiosk, register   "device:<device id>"  public data, promotions, the orders the device placed
//   staff of store S  "store:<S>"           public data, promotions, S's orders and cash drawers
//                                           ("store:-" without a store: no store's orders)
//   manager, admin    "all"                 public data, promotions, every order and drawer
//   anything else     ""                    unknown: the cache is filed under the token, as before

#include <QJsonObject>
#include <QString>

namespace comptoir::sync {

// A visitor of the shop who has not signed in: the public feed only. A cache moves from any scope
// to this one keeping its catalog (SyncClient: the customer's own rows go), and from this one to a
// signed-in scope keeping its catalog too while it pulls again from zero.
inline const QString kPublicCacheScope = u"public"_qs;

// `user`: the user object as POST /auth/login and POST /auth/pin answer it ("user") and GET /me
// gives it: {"id","role","store_id",...}.
[[nodiscard]] QString cacheScopeOf(const QJsonObject& user);

} // namespace comptoir::sync
