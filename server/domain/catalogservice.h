#pragma once
// The catalog and its promotion codes: reads for everyone, and the rules a product or a
// promotion must meet beyond its JSON shape (known category, the store currency, unique SKUs).

#include "store/store.h"

#include <QString>

namespace comptoir::server {

class CatalogService {
public:
    CatalogService(Store& store, QString currency);

    [[nodiscard]] QList<Category> categories();
    // Moves with every catalog write; cached answers are keyed by it.
    [[nodiscard]] quint64 version() const;
    [[nodiscard]] RawPage products(const ProductQuery& query);
    [[nodiscard]] std::optional<StoredProduct> productJson(const ProductId& id);
    // NotFound when there is no such product.
    [[nodiscard]] Product product(const ProductId& id);
    Product create(Product product);
    // Conflict::staleVersion when the product is no longer at `expectedVersion`.
    Product update(Product product, qint64 expectedVersion);
    void archive(const ProductId& id);

    [[nodiscard]] QList<Promotion> promotions();
    // `hasMinSubtotal`: whether the request gave one (a default one has no currency to check).
    Promotion createPromotion(Promotion promotion, bool hasMinSubtotal);

    // The back office (issue 16): one promotion (NotFound), its edit under If-Match
    // (Conflict::staleVersion), and a product's uploaded image.
    [[nodiscard]] Promotion promotion(const QString& code);
    Promotion updatePromotion(const QString& code, const PromotionPatch& patch, qint64 expectedVersion);
    // 422 when the bytes are not a JPEG, PNG or WebP of at most 2 MiB that decodes whole;
    // NotFound for an unknown product. Moves the product's version.
    Product setProductImage(const ProductId& id, const QByteArray& bytes);
    [[nodiscard]] std::optional<ProductImage> productImage(const ProductId& id);

private:
    void validate(const Product& product);

    Store& m_store;
    QString m_currency;
};

} // namespace comptoir::server
