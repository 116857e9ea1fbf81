// Routes: a customer's own data (API.md, Customers): addresses, wishlist and the cart on the
// server with its If-Match version.
#include "api/services.h"

#include "domain/customerservice.h"
#include "domain/errors.h"
#include "http/httperror.h"
#include "store/customerjson.h"

#include <QJsonArray>

namespace comptoir::server {

namespace {

QJsonObject listOf(const QJsonArray& items)
{
    // Short lists, whole (an account keeps a bounded number of each): never a next page.
    return {{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}};
}

std::string etagOf(qint64 version)
{
    return "\"" + std::to_string(version) + "\"";
}

// If-Match: "<version>" of the cart the client read; 0 is the version of a cart never saved. A
// weak W/ prefix is tolerated; "*" is not, since it would let a device overwrite what it did not
// read.
qint64 cartIfMatch(const RequestContext& ctx)
{
    std::string value = ctx.header("If-Match");
    if (value.empty())
        throw HttpError(428, u"Send If-Match: \"<version>\" with the version of the cart you last read "
                             "(\"0\" for a cart never saved)."_qs);
    if (value.rfind("W/", 0) == 0)
        value.erase(0, 2);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    bool ok = false;
    const qint64 version = QString::fromStdString(value).toLongLong(&ok);
    if (!ok || version < 0 || value.empty() || value.front() == '+' || value.front() == ' ')
        throw Invalid::malformed(u"If-Match must be a quoted cart version such as \"3\"."_qs, u"If-Match"_qs);
    return version;
}

} // namespace

void registerCustomerRoutes(Router& router, Services& s)
{
    // {.minRole = Customer} answers 401 to nobody; the service refuses other roles (403).
    const RouteOptions signedIn{.minRole = Role::Customer};

    router.add(
        "GET", "/api/v1/me/addresses",
        [&s](RequestContext& ctx) {
            QJsonArray items;
            for (const Address& a : s.customers.addresses(ctx.principal))
                items.append(toJson(a));
            ctx.sendJson(200, listOf(items));
        },
        signedIn);

    router.add(
        "POST", "/api/v1/me/addresses",
        [&s](RequestContext& ctx) {
            const Address a = s.customers.addAddress(ctx.principal, ctx.jsonBody());
            ctx.res.set_header("Location", "/api/v1/me/addresses/" + a.id.toStdString());
            ctx.sendJson(201, toJson(a));
        },
        signedIn);

    router.add(
        "PATCH", "/api/v1/me/addresses/{id}",
        [&s](RequestContext& ctx) {
            ctx.sendJson(
                200, toJson(s.customers.updateAddress(ctx.principal, ctx.pathParam("id"), ctx.jsonBody())));
        },
        signedIn);

    router.add(
        "DELETE", "/api/v1/me/addresses/{id}",
        [&s](RequestContext& ctx) {
            s.customers.deleteAddress(ctx.principal, ctx.pathParam("id"));
            ctx.sendNoContent();
        },
        signedIn);

    router.add(
        "GET", "/api/v1/me/wishlist",
        [&s](RequestContext& ctx) {
            QJsonArray items;
            for (const WishlistItem& item : s.customers.wishlist(ctx.principal))
                items.append(toJson(item));
            ctx.sendJson(200, listOf(items));
        },
        signedIn);

    router.add(
        "PUT", "/api/v1/me/wishlist/{product_id}",
        [&s](RequestContext& ctx) {
            s.customers.addToWishlist(ctx.principal, ProductId{ctx.pathParam("product_id")});
            ctx.sendNoContent();
        },
        signedIn);

    router.add(
        "DELETE", "/api/v1/me/wishlist/{product_id}",
        [&s](RequestContext& ctx) {
            s.customers.removeFromWishlist(ctx.principal, ProductId{ctx.pathParam("product_id")});
            ctx.sendNoContent();
        },
        signedIn);

    router.add(
        "GET", "/api/v1/me/cart",
        [&s](RequestContext& ctx) {
            const SavedCart cart = s.customers.cart(ctx.principal);
            ctx.res.set_header("ETag", etagOf(cart.version));
            ctx.sendJson(200, toJson(cart));
        },
        signedIn);

    router.add(
        "PUT", "/api/v1/me/cart",
        [&s](RequestContext& ctx) {
            CustomerService::requireCustomer(ctx.principal); // 403 before 428
            const qint64 expected = cartIfMatch(ctx);
            try {
                const SavedCart cart = s.customers.replaceCart(ctx.principal, ctx.jsonBody(), expected);
                ctx.res.set_header("ETag", etagOf(cart.version));
                ctx.sendJson(200, toJson(cart));
            } catch (const Conflict& stale) {
                // The current version as the ETag too, as a GET would give it.
                if (stale.reason() == Conflict::Reason::StaleVersion)
                    ctx.res.set_header("ETag",
                                       etagOf(stale.extra().value(u"current_version"_qs).toInteger()));
                throw;
            }
        },
        signedIn);
}

} // namespace comptoir::server
