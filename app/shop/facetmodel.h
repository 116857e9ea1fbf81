#pragma once
// The shop's facets for a category or a search: brand, size, colour, price band and "in stock at
// my store", each value with how many products it would show given the other facets chosen (AND
// across facets, OR within one). The products are read from the cache once per category, search
// or store; a click recounts them in memory, so it costs a pass over the rows, not a query.
// It is the ProductRanking of the list beside it (ProductListModel.ranking): the matching rows in
// the list's sort, so the list shows exactly what the counts counted without querying again.

#include "app/catalog/cachelistmodel.h"
#include "app/catalog/productranking.h"

#include <QTimer>
#include <QVarLengthArray>
#include <array>

namespace comptoir::app {

class FacetModel : public CacheListModel, public ProductRanking {
    Q_OBJECT
    Q_INTERFACES(comptoir::app::ProductRanking)
    QML_ELEMENT
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    // {brand: [..], size: [..], colour: [..], price: [band, ..], stock: bool}
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(bool anySelected READ anySelected NOTIFY selectionChanged)
    // Products matching every facet chosen.
    Q_PROPERTY(int matching READ matching NOTIFY countsChanged)

public:
    // In the order they are shown: the short lists first, brands (the longest) last.
    enum Facet { Stock, Size, Colour, Price, Brand, FacetCount };
    Q_ENUM(Facet)
    enum Role { FacetRole = Qt::UserRole + 1, FacetLabelRole, ValueRole, LabelRole, CountRole, SelectedRole };

    explicit FacetModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QString& categoryId() const { return m_filter.categoryId; }
    void setCategoryId(const QString& id);
    [[nodiscard]] const QString& searchText() const { return m_filter.search; }
    void setSearchText(const QString& text);
    [[nodiscard]] QVariantMap selection() const;
    [[nodiscard]] bool anySelected() const;
    [[nodiscard]] int matching() const { return m_matching; }

    // facet: brand, size, colour, price (the band's number), stock ("here").
    Q_INVOKABLE void toggle(const QString& facet, const QString& value);
    Q_INVOKABLE void clear();
    // The count shown beside a value; -1 when the value is not listed.
    Q_INVOKABLE int countOf(const QString& facet, const QString& value) const;
    // Reads the products now rather than on the next turn of the event loop (tests, benchmarks).
    Q_INVOKABLE void reloadNow();
    [[nodiscard]] bool isReloadPending() const { return m_reloadTimer.isActive(); }

    // ProductRanking
    [[nodiscard]] QList<qint64> rankedRids(ProductSort sort) override;
    [[nodiscard]] bool rankingPending() const override { return isReloadPending(); }

signals:
    void categoryIdChanged();
    void searchTextChanged();
    void selectionChanged();
    void countsChanged();
    // ProductRanking: the matching rows changed (keepPlace: the cache moved under them).
    void rankingChanged(bool keepPlace);

private:
    // One product, its facet values as indexes into m_values[facet], and what the list sorts by.
    struct Row {
        qint64 rid = 0;
        QString name;
        qint64 minPrice = 0;
        double relevance = 0;
        int brand = 0;
        int price = 0;
        bool stock = false;
        QVarLengthArray<int, 4> sizes;
        QVarLengthArray<int, 2> colours;
    };
    struct Value {
        QString value;
        int count = 0;
        bool selected = false;
    };

    void reload() override
    {
        m_keepPlace = false;
        m_reloadTimer.start();
    }
    // The cache moved: read again, the list keeping its place unless something else is due too.
    void entitiesChanged(const QStringList& entities) override;
    void read();
    void recount();
    [[nodiscard]] static Facet facetNamed(const QString& name);
    [[nodiscard]] std::pair<Facet, int> rowAt(int row) const;
    [[nodiscard]] QString labelOf(Facet facet, const QString& value) const;

    // m_rows' indexes in `sort`'s order, sorted on first use after each read.
    [[nodiscard]] const QList<int>& orderBy(ProductSort sort);

    ProductFilter m_filter;
    QList<Row> m_rows;
    QList<bool> m_matches;              // m_rows[i] satisfies every facet chosen
    std::array<QList<int>, 4> m_orders; // by ProductSort; empty until asked for
    bool m_keepPlace = false;
    std::array<QList<Value>, FacetCount> m_values;
    std::array<int, FacetCount> m_selectedCount{};
    int m_matching = 0;
    QTimer m_reloadTimer;
};

} // namespace comptoir::app
