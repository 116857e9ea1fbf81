#pragma once
// Products of a category or a search, in pages read from the cache as the view scrolls: a
// catalog of 100,000 products is never loaded whole. Follows the cache as it syncs.

#include "app/catalog/cachelistmodel.h"

#include <QTimer>

namespace comptoir::app {

class ProductListModel : public CacheListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    // relevance, name, price_asc, price_desc
    Q_PROPERTY(QString sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(bool inStockOnly READ inStockOnly WRITE setInStockOnly NOTIFY inStockOnlyChanged)
    // All products matching, loaded or not.
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    // A broad search: there are more than `total` (the count stops at a bound).
    Q_PROPERTY(bool totalIsAtLeast READ totalIsAtLeast NOTIFY totalChanged)
    // The search text holds something to search for (two letters or more).
    Q_PROPERTY(bool searchActive READ searchActive NOTIFY totalChanged)
    // shop browsing: the facets chosen, as FacetModel (app/shop) gives them: {brand: [..],
    // size: [..], colour: [..], price: [band, ..], stock: bool}.
    Q_PROPERTY(
        QVariantMap facetSelection READ facetSelection WRITE setFacetSelection NOTIFY facetSelectionChanged)
    // shop browsing: the home's featured products rather than a category's.
    Q_PROPERTY(bool featured READ featured WRITE setFeatured NOTIFY featuredChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        BrandRole,
        PriceTextRole,
        ImageRole,
        AvailableHereRole,
    };

    explicit ProductListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] const QString& categoryId() const { return m_filter.categoryId; }
    void setCategoryId(const QString& id);
    [[nodiscard]] const QString& searchText() const { return m_filter.search; }
    void setSearchText(const QString& text);
    [[nodiscard]] QString sort() const;
    void setSort(const QString& sort);
    [[nodiscard]] bool inStockOnly() const { return m_filter.inStockOnly; }
    void setInStockOnly(bool only);
    [[nodiscard]] QVariantMap facetSelection() const { return m_facetSelection; }
    void setFacetSelection(const QVariantMap& selection);
    [[nodiscard]] bool featured() const { return m_filter.featured; }
    void setFeatured(bool featured);
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] bool totalIsAtLeast() const { return m_filter.broadSearch; }
    [[nodiscard]] bool searchActive() const { return !ftsQuery(m_filter.search).isEmpty(); }

    // Reads the first page now rather than on the next turn of the event loop (tests, benchmarks).
    Q_INVOKABLE void reloadNow();
    // A property change is waiting to be read (on the next turn of the event loop).
    [[nodiscard]] bool isReloadPending() const { return m_reloadTimer.isActive(); }

    static constexpr int kPageSize = 48;

signals:
    void categoryIdChanged();
    void searchTextChanged();
    void sortChanged();
    void inStockOnlyChanged();
    void totalChanged();
    void facetSelectionChanged();
    void featuredChanged();

private:
    void reload() override { scheduleReload(); }
    // Keep what the shopper has scrolled through: the list must not jump back to the top.
    void entitiesChanged(const QStringList&) override { reload(int(m_rows.size())); }
    void storeChanged() override;
    void languageChanged() override;
    void scheduleReload();
    void reload(int keepRows);

    ProductFilter m_filter;
    QList<ProductRow> m_rows;
    int m_total = 0;
    bool m_exhausted = false; // the last page came back short
    int m_catalogSize = 0;    // active products, from the last unfiltered count
    QTimer m_reloadTimer;
    QVariantMap m_facetSelection;
};

} // namespace comptoir::app
