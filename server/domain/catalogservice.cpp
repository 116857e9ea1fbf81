#include "domain/catalogservice.h"

#include "domain/imagecheck.h"

#include "comptoir/validation.h"
#include "domain/errors.h"

#include <QRegularExpression>
#include <QSet>

namespace comptoir::server {

CatalogService::CatalogService(Store& store, QString currency)
    : m_store(store), m_currency(std::move(currency))
{
}

QList<Category> CatalogService::categories()
{
    return m_store.categories();
}

quint64 CatalogService::version() const
{
    return m_store.catalogVersion();
}

RawPage CatalogService::products(const ProductQuery& query)
{
    return m_store.products(query);
}

std::optional<StoredProduct> CatalogService::productJson(const ProductId& id)
{
    return m_store.productJson(id);
}

Product CatalogService::product(const ProductId& id)
{
    auto found = m_store.product(id);
    if (!found)
        throw NotFound(u"No product with id %1."_qs.arg(id.value));
    return *found;
}

Product CatalogService::create(Product product)
{
    validate(product);
    return m_store.createProduct(std::move(product));
}

Product CatalogService::update(Product product, qint64 expectedVersion)
{
    validate(product);
    return m_store.updateProduct(std::move(product), expectedVersion);
}

void CatalogService::archive(const ProductId& id)
{
    m_store.archiveProduct(id);
}

// Checks what the codec cannot know: references, the store currency, unique SKUs in the request.
void CatalogService::validate(const Product& p)
{
    QList<FieldError> errors;
    if (!p.id.isEmpty() && !isValidId(p.id.value))
        errors.append({u"id"_qs, u"may hold only letters, digits, '-' and '_' (at most 64)"_qs});
    if (!p.categoryId.isEmpty() && !m_store.categoryExists(p.categoryId))
        errors.append({u"category_id"_qs, u"is not a known category"_qs});
    QSet<QString> skus, barcodes;
    for (qsizetype i = 0; i < p.variants.size(); ++i) {
        const Variant& v = p.variants[i];
        const QString at = u"variants[%1]."_qs.arg(i);
        if (v.price.currency != m_currency)
            errors.append({at + u"price.currency"_qs, u"must be %1, the store currency"_qs.arg(m_currency)});
        if (skus.contains(v.sku))
            errors.append({at + u"sku"_qs, u"appears twice in this product"_qs});
        if (!v.barcode.isEmpty() && barcodes.contains(v.barcode))
            errors.append({at + u"barcode"_qs, u"appears twice in this product"_qs});
        skus.insert(v.sku);
        barcodes.insert(v.barcode);
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

QList<Promotion> CatalogService::promotions()
{
    return m_store.promotions();
}

Promotion CatalogService::createPromotion(Promotion p, bool hasMinSubtotal)
{
    QList<FieldError> errors;
    static const QRegularExpression codeShape(u"^[A-Za-z0-9_-]{2,32}$"_qs);
    if (!codeShape.match(p.code).hasMatch())
        errors.append({u"code"_qs, u"must be 2 to 32 letters, digits, '-' or '_'"_qs});
    if (p.amountOff && p.amountOff->currency != m_currency)
        errors.append({u"amount_off.currency"_qs, u"must be %1"_qs.arg(m_currency)});
    if (p.amountOff && p.amountOff->amount <= 0)
        errors.append({u"amount_off.amount"_qs, u"must be positive"_qs});
    if (hasMinSubtotal && p.minSubtotal.currency != m_currency)
        errors.append({u"min_subtotal.currency"_qs, u"must be %1"_qs.arg(m_currency)});
    if (p.minSubtotal.amount < 0)
        errors.append({u"min_subtotal.amount"_qs, u"must not be negative"_qs});
    if (p.startsAt.isValid() && p.endsAt.isValid() && p.endsAt <= p.startsAt)
        errors.append({u"ends_at"_qs, u"must be after starts_at"_qs});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    p.code = p.code.toUpper();
    p.minSubtotal.currency = m_currency;
    m_store.createPromotion(p);
    return *m_store.promotion(p.code);
}

Promotion CatalogService::promotion(const QString& code)
{
    const auto found = code.size() <= 64 ? m_store.promotion(code) : std::nullopt;
    if (!found)
        throw NotFound(u"No promotion with code %1."_qs.arg(code.left(64)));
    return *found;
}

Promotion CatalogService::updatePromotion(const QString& code, const PromotionPatch& patch,
                                          qint64 expectedVersion)
{
    if (code.size() > 64)
        throw NotFound(u"No promotion with code %1."_qs.arg(code.left(64)));
    return m_store.updatePromotion(code, patch, expectedVersion);
}

Product CatalogService::setProductImage(const ProductId& id, const QByteArray& bytes)
{
    // The product first: an upload for a product that is not there is 404 whatever it holds.
    if (!m_store.product(id))
        throw NotFound(u"No product with id %1."_qs.arg(id.value.left(64)));
    QString why;
    const auto checked = checkImage(bytes, why);
    if (!checked)
        throw Invalid(u"image"_qs, why);
    return m_store.setProductImage(id, ProductImage{bytes, checked->contentType});
}

std::optional<ProductImage> CatalogService::productImage(const ProductId& id)
{
    return m_store.productImage(id);
}

} // namespace comptoir::server
