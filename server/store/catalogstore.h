#pragma once
// Storage of the catalog: categories, products, the SKU facts pricing reads, and promotion codes.

#include "comptoir/domain.h"
#include "store/page.h"

#include <optional>

namespace comptoir::server {

enum class ProductSort { Relevance, Name, PriceAsc, PriceDesc };

struct ProductQuery {
    QString text;        // full-text query as typed by a person; empty for none
    CategoryId category; // includes sub-categories
    std::optional<qint64> minPrice;
    std::optional<qint64> maxPrice;
    LocationId inStockAt;
    ProductSort sort = ProductSort::Name;
    int limit = 50;
    QString cursor; // opaque, from a previous page
};

struct StoredProduct {
    qint64 version = 0;
    std::string json;
};

// What pricing needs to know of a SKU.
struct SkuInfo {
    QString sku;
    ProductId productId;
    QString name; // product name with the variant's options, as printed on a receipt
    ProductStatus status = ProductStatus::Active;
    Money price;
    TaxClass taxClass = TaxClass::Standard;
};

class CatalogStore {
public:
    virtual ~CatalogStore() = default;

    [[nodiscard]] virtual QList<Category> categories() = 0;
    [[nodiscard]] virtual bool categoryExists(const CategoryId& id) = 0;
    virtual void putCategory(const Category& category) = 0;
    [[nodiscard]] virtual std::optional<StoredProduct> productJson(const ProductId& id) = 0;
    [[nodiscard]] virtual std::optional<Product> product(const ProductId& id) = 0;
    [[nodiscard]] virtual RawPage products(const ProductQuery& query) = 0; // BadRequest on a bad cursor
    virtual Product createProduct(Product product) = 0;                    // Conflict on a taken sku/barcode
    virtual Product updateProduct(Product product, qint64 expectedVersion) = 0; // PreconditionFailed
    virtual Product archiveProduct(const ProductId& id) = 0;
    // Moves on after every committed change to products or categories (not stock), so answers
    // computed from the catalog can be cached against it.
    [[nodiscard]] virtual quint64 catalogVersion() const = 0;

    [[nodiscard]] virtual std::optional<SkuInfo> skuInfo(const QString& sku) = 0;

    // Promotions.
    [[nodiscard]] virtual std::optional<Promotion> promotion(const QString& code) = 0;
    [[nodiscard]] virtual QList<Promotion> promotions() = 0;
    virtual void createPromotion(const Promotion& promotion) = 0; // Conflict on a taken code
    // Takes one use if any is left; false when exhausted. Atomic within the transaction.
    virtual bool takePromotionUse(const QString& code) = 0;
    virtual void returnPromotionUse(const QString& code) = 0;
};

} // namespace comptoir::server
