// Routes: registration, sign-in and out (by password, or by PIN at a register), the current
// user and their PIN, staff accounts and device enrolment.
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

void registerAuthRoutes(Router& router, Services& s)
{
    router.add("POST", "/api/v1/auth/register", [&s](RequestContext& ctx) {
        JsonReader body(ctx.jsonBody());
        const QString email = body.string(u"email"_qs, 254);
        const QString password = body.string(u"password"_qs, 1024);
        const QString name = body.string(u"name"_qs, 200);
        body.throwIfErrors();
        const User user = s.auth.registerCustomer(email, password, name);
        ctx.sendJson(201, {{u"user"_qs, toJson(user)}});
    });

    router.add("POST", "/api/v1/auth/login", [&s](RequestContext& ctx) {
        JsonReader body(ctx.jsonBody());
        const QString email = body.string(u"email"_qs, 254);
        const QString password = body.string(u"password"_qs, 1024);
        body.throwIfErrors();
        const Session session = s.auth.login(email, password, ctx.clientAddress);
        ctx.sendJson(200, {{u"token"_qs, session.token},
                           {u"expires_at"_qs, toRfc3339(session.expiresAt)},
                           {u"user"_qs, toJson(session.user)}});
    });

    router.add("POST", "/api/v1/auth/pin",
               [&s](RequestContext& ctx) {
                   // Refused before the body is read: what it holds does not matter then.
                   AuthService::requireRegister(ctx.principal);
                   JsonReader body(ctx.jsonBody());
                   const QString email = body.string(u"email"_qs, 254);
                   const QString pin = body.string(u"pin"_qs, 64);
                   body.throwIfErrors();
                   const Session session = s.auth.pinSignIn(ctx.principal, email, pin);
                   ctx.sendJson(200, {{u"token"_qs, session.token},
                                      {u"expires_at"_qs, toRfc3339(session.expiresAt)},
                                      {u"user"_qs, toJson(session.user)}});
               },
               {.minRole = Role::Customer});

    router.add("PUT", "/api/v1/me/pin",
               [&s](RequestContext& ctx) {
                   AuthService::requirePasswordSignIn(ctx.principal);
                   JsonReader body(ctx.jsonBody());
                   const QString pin = body.string(u"pin"_qs, 64);
                   body.throwIfErrors();
                   s.auth.setPin(ctx.principal, pin);
                   ctx.sendNoContent();
               },
               {.minRole = Role::Staff});

    router.add("POST", "/api/v1/auth/logout",
               [&s](RequestContext& ctx) {
                   s.auth.logout(ctx.principal);
                   ctx.sendNoContent();
               },
               {.minRole = Role::Customer});

    router.add("GET", "/api/v1/me",
               // With the profile's phone and language (AccountService).
               [&s](RequestContext& ctx) { ctx.sendJson(200, s.accounts.me(ctx.principal)); },
               {.minRole = Role::Customer});

    router.add("POST", "/api/v1/users",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   const QString email = body.string(u"email"_qs, 254);
                   const QString password = body.string(u"password"_qs, 1024);
                   const QString name = body.string(u"name"_qs, 200);
                   const QString roleText = body.string(u"role"_qs, 32);
                   const auto storeId = body.optionalString(u"store_id"_qs, 64);
                   const auto role = roleFromString(roleText);
                   if (!roleText.isEmpty() && !role)
                       body.fail(u"role"_qs, u"must be one of customer, staff, manager, admin"_qs);
                   body.throwIfErrors();
                   const User user = s.auth.createUser(email, password, name, *role,
                                                       LocationId{storeId.value_or(QString())});
                   ctx.sendJson(201, {{u"user"_qs, toJson(user)}});
               },
               {.minRole = Role::Admin});

    router.add("POST", "/api/v1/devices",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   const QString name = body.string(u"name"_qs, 200);
                   const QString storeId = body.string(u"store_id"_qs, 64);
                   const QString kind = body.optionalString(u"kind"_qs, 32).value_or(u"kiosk"_qs);
                   if (kind != u"kiosk"_qs && kind != u"register"_qs)
                       body.fail(u"kind"_qs, u"must be kiosk or register"_qs);
                   body.throwIfErrors();
                   const EnrolledDevice device =
                       s.auth.enrolDevice(name, LocationId{storeId}, *roleFromString(kind));
                   ctx.sendJson(201, {{u"device_id"_qs, device.deviceId},
                                      {u"token"_qs, device.token},
                                      {u"name"_qs, device.user.name},
                                      {u"store_id"_qs, device.user.storeId.value},
                                      {u"kind"_qs, toString(device.user.role)},
                                      {u"user"_qs, toJson(device.user)}});
               },
               {.minRole = Role::Manager});
}

} // namespace comptoir::server
