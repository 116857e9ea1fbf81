// Routes: categories and products (search, filters, pagination, conditional requests).
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "http/httperror.h"
#include "http/responsecache.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::server {

namespace {

// A strong validator for list answers: FNV-1a of the body.
std::string bodyEtag(const std::string& body)
{
    quint64 h = 1469598103934665603ULL;
    for (unsigned char c : body) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    char out[24];
    std::snprintf(out, sizeof out, "\"%016llx\"", static_cast<unsigned long long>(h));
    return out;
}

// True when an If-None-Match header names `etag` (or is "*"); weak prefixes are ignored.
bool noneMatch(const std::string& header, const std::string& etag)
{
    if (header.empty())
        return false;
    if (header == "*")
        return true;
    size_t start = 0;
    while (start < header.size()) {
        size_t end = header.find(',', start);
        if (end == std::string::npos)
            end = header.size();
        std::string candidate = header.substr(start, end - start);
        candidate.erase(0, candidate.find_first_not_of(" \t"));
        candidate.erase(candidate.find_last_not_of(" \t") + 1);
        if (candidate.rfind("W/", 0) == 0)
            candidate.erase(0, 2);
        if (candidate == etag)
            return true;
        start = end + 1;
    }
    return false;
}

void sendCacheable(RequestContext& ctx, std::string body, const std::string& etag)
{
    ctx.res.set_header("ETag", etag);
    ctx.res.set_header("Cache-Control", "no-cache");
    if (noneMatch(ctx.header("If-None-Match"), etag)) {
        ctx.res.status = 304;
        return;
    }
    ctx.sendRawJson(200, std::move(body));
}

std::string listBody(const std::string& itemsJson, const QString& nextCursor)
{
    std::string body = "{\"items\":[";
    body += itemsJson;
    body += "],\"next_cursor\":";
    body += nextCursor.isEmpty() ? std::string("null") : "\"" + nextCursor.toStdString() + "\"";
    body += '}';
    return body;
}

ProductSort parseSort(const std::optional<QString>& text)
{
    if (!text || *text == u"relevance")
        return ProductSort::Relevance;
    if (*text == u"name")
        return ProductSort::Name;
    if (*text == u"price_asc")
        return ProductSort::PriceAsc;
    if (*text == u"price_desc")
        return ProductSort::PriceDesc;
    throw Invalid::malformed(u"sort must be one of relevance, name, price_asc, price_desc."_qs, u"sort"_qs);
}

// Parses If-Match: "<version>" (a weak W/ prefix is tolerated).
qint64 requiredIfMatchVersion(const RequestContext& ctx)
{
    std::string value = ctx.header("If-Match");
    if (value.empty())
        throw HttpError(428, u"Send If-Match: \"<version>\" with the version you last read."_qs);
    if (value.rfind("W/", 0) == 0)
        value.erase(0, 2);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    bool ok = false;
    const qint64 version = QString::fromStdString(value).toLongLong(&ok);
    if (!ok || version < 1)
        throw Invalid::malformed(u"If-Match must be a quoted product version such as \"3\"."_qs,
                                 u"If-Match"_qs);
    return version;
}

} // namespace

void registerCatalogRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/categories", [&s](RequestContext& ctx) {
        QJsonArray items;
        for (const Category& c : s.catalog.categories())
            items.append(toJson(c));
        const std::string body =
            QJsonDocument(QJsonObject{{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}})
                .toJson(QJsonDocument::Compact)
                .toStdString();
        sendCacheable(ctx, body, bodyEtag(body));
    });

    // Searches and listings without a stock filter depend on the catalog only.
    auto cache = std::make_shared<ResponseCache>(s.settings.searchCacheBytes);
    router.add("GET", "/api/v1/products", [&s, cache](RequestContext& ctx) {
        const bool cacheable =
            s.settings.searchCacheBytes > 0 && ctx.req.get_param_value_count("in_stock_at") == 0;
        // The raw query string, as sent: decoded values could collide ("q=a%26sort%3Dx" would
        // otherwise share the key of "q=a&sort=x" and poison it for everyone).
        const size_t question = ctx.req.target.find('?');
        const std::string key =
            question == std::string::npos ? std::string() : ctx.req.target.substr(question + 1);
        const quint64 version = s.catalog.version();
        if (cacheable)
            if (auto body = cache->find(key, version)) {
                const std::string etag = bodyEtag(*body);
                sendCacheable(ctx, std::move(*body), etag);
                return;
            }
        ProductQuery q;
        q.text = ctx.query("q").value_or(QString());
        if (q.text.size() > 200)
            throw Invalid::malformed(u"q must be at most 200 characters."_qs, u"q"_qs);
        q.category.value = ctx.query("category").value_or(QString());
        constexpr qint64 maxAmount = qint64(1) << 53;
        q.minPrice = ctx.queryInteger("min_price", 0, maxAmount);
        q.maxPrice = ctx.queryInteger("max_price", 0, maxAmount);
        if (q.minPrice && q.maxPrice && *q.minPrice > *q.maxPrice)
            throw Invalid::malformed(u"min_price must not exceed max_price."_qs, u"min_price"_qs);
        q.inStockAt.value = ctx.query("in_stock_at").value_or(QString());
        q.sort = parseSort(ctx.query("sort"));
        q.limit = ctx.limit();
        q.cursor = ctx.query("cursor").value_or(QString());
        const RawPage page = s.catalog.products(q);
        std::string body = listBody(page.itemsJson, page.nextCursor);
        if (cacheable)
            cache->store(key, version, body);
        const std::string etag = bodyEtag(body);
        sendCacheable(ctx, std::move(body), etag);
    });

    router.add("GET", "/api/v1/products/{id}", [&s](RequestContext& ctx) {
        const auto stored = s.catalog.productJson(ProductId{ctx.pathParam("id")});
        if (!stored)
            throw NotFound(u"No product with id %1."_qs.arg(ctx.pathParam("id")));
        sendCacheable(ctx, stored->json, "\"" + std::to_string(stored->version) + "\"");
    });

    router.add("POST", "/api/v1/products",
               [&s](RequestContext& ctx) {
                   Product p = productFromJson(ctx.jsonBody());
                   p.status = ProductStatus::Active;
                   p = s.catalog.create(p);
                   ctx.res.set_header("Location", "/api/v1/products/" + p.id.value.toStdString());
                   ctx.res.set_header("ETag", "\"" + std::to_string(p.version) + "\"");
                   ctx.sendJson(201, toJson(p));
               },
               {.minRole = Role::Manager});

    router.add("PATCH", "/api/v1/products/{id}",
               [&s](RequestContext& ctx) {
                   const ProductId id{ctx.pathParam("id")};
                   const qint64 expected = requiredIfMatchVersion(ctx);
                   const QJsonObject patch = ctx.jsonBody();
                   const Product current = s.catalog.product(id);
                   // Merge the patch over the current product, then validate the result as a whole.
                   QJsonObject merged = toJson(current);
                   static const QStringList editable = {u"name"_qs,        u"description"_qs, u"brand"_qs,
                                                        u"category_id"_qs, u"tax_class"_qs,   u"status"_qs,
                                                        u"image_url"_qs,   u"variants"_qs};
                   for (const QString& key : editable)
                       if (patch.contains(key))
                           merged.insert(key, patch.value(key));
                   Product updated = productFromJson(merged);
                   updated.id = id;
                   updated = s.catalog.update(updated, expected);
                   ctx.res.set_header("ETag", "\"" + std::to_string(updated.version) + "\"");
                   ctx.sendJson(200, toJson(updated));
               },
               {.minRole = Role::Manager});

    router.add("DELETE", "/api/v1/products/{id}",
               [&s](RequestContext& ctx) {
                   s.catalog.archive(ProductId{ctx.pathParam("id")});
                   ctx.sendNoContent();
               },
               {.minRole = Role::Manager});
}

} // namespace comptoir::server
