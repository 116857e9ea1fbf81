// Routes: a person's own account (API.md "Customers"): the profile, the password, and the
// password reset by mail.
#include "api/services.h"

#include "comptoir/jsonreader.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

// A profile field given as a string, as null (cleared, where allowed) or not at all.
std::optional<QString> optionalText(JsonReader& body, const QString& key, bool nullClears, int maxLength)
{
    const QJsonValue v = body.object().value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull()) {
        if (nullClears)
            return QString();
        body.fail(key, u"must not be null"_qs);
        return std::nullopt;
    }
    return body.optionalString(key, maxLength);
}

} // namespace

void registerAccountRoutes(Router& router, Services& s)
{
    router.add("PATCH", "/api/v1/me",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   ProfileChange change;
                   // Lengths are checked by the rules (in characters), with room here for them to say so.
                   change.name = optionalText(body, u"name"_qs, false, 4000);
                   change.phone = optionalText(body, u"phone"_qs, true, 4000);
                   change.language = optionalText(body, u"language"_qs, false, 16);
                   body.throwIfErrors();
                   ctx.sendJson(200, s.accounts.updateProfile(ctx.principal, change));
               },
               {.minRole = Role::Customer});

    router.add("POST", "/api/v1/me/password",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   const QString current = body.string(u"current"_qs, 1024);
                   const QString next = body.string(u"new"_qs, 1024);
                   body.throwIfErrors();
                   s.accounts.changePassword(ctx.principal, current, next);
                   ctx.sendNoContent();
               },
               {.minRole = Role::Customer});

    router.add("POST", "/api/v1/auth/password-reset", [&s](RequestContext& ctx) {
        JsonReader body(ctx.jsonBody());
        const QString email = body.string(u"email"_qs, 254);
        body.throwIfErrors();
        s.accounts.requestPasswordReset(email, ctx.clientAddress);
        // The same answer whether or not the address has an account.
        ctx.sendJson(202,
                     {{u"status"_qs, u"accepted"_qs},
                      {u"detail"_qs, u"If an account has this address, a reset link is on its way."_qs}});
    });

    router.add("POST", "/api/v1/auth/password-reset/confirm", [&s](RequestContext& ctx) {
        JsonReader body(ctx.jsonBody());
        const QString token = body.string(u"token"_qs, 512);
        const QString password = body.string(u"password"_qs, 1024);
        body.throwIfErrors();
        s.accounts.confirmPasswordReset(token, password);
        ctx.sendNoContent();
    });
}

} // namespace comptoir::server
