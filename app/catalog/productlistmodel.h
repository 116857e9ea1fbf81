#pragma once
// Products of a category or a search, in pages read from the cache as the view scrolls: a
// catalog of 100,000 products is never loaded whole. Follows the cache as it syncs.

#include "app/catalog/cachelistmodel.h"
#include "app/catalog/pagereader.h"
#include "app/catalog/productranking.h"

#include <QTimer>
#include <memory>

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
    // shop browsing: a ProductRanking (the FacetModel, app/shop) whose matches the list shows, in
    // the list's sort, paged by rid; categoryId, searchText and inStockOnly then only say what is
    // shown, the ranking having matched them.
    Q_PROPERTY(QObject* ranking READ ranking WRITE setRanking NOTIFY rankingSet)
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
    [[nodiscard]] QObject* ranking() const { return m_rankingObject; }
    void setRanking(QObject* ranking);
    [[nodiscard]] bool featured() const { return m_filter.featured; }
    void setFeatured(bool featured);
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] bool totalIsAtLeast() const { return !m_ranking && m_filter.broadSearch; }
    [[nodiscard]] bool searchActive() const { return !ftsQuery(m_filter.search).isEmpty(); }

    // Reads the first page now rather than on the next turn of the event loop (tests, benchmarks).
    Q_INVOKABLE void reloadNow();
    // A property change is waiting to be read (on the next turn of the event loop).
    [[nodiscard]] bool isReloadPending() const { return m_reloadTimer.isActive(); }
    // Rows the view overtook stand as placeholders (an empty productId) until their page, read on
    // the page reader's thread, lands: true while some do.
    [[nodiscard]] bool rowsPending() const;

    static constexpr int kPageSize = 48;

signals:
    void categoryIdChanged();
    void searchTextChanged();
    void sortChanged();
    void inStockOnlyChanged();
    void totalChanged();
    void rankingSet();
    void featuredChanged();

private:
    void reload() override { scheduleReload(); }
    // Keep what the shopper has scrolled through: the list must not jump back to the top. A
    // ranking watches the same entities and says when its matches changed.
    void entitiesChanged(const QStringList&) override
    {
        if (!m_ranking)
            reload(int(m_rows.size()));
    }
    void storeChanged() override;
    void languageChanged() override;
    void scheduleReload();
    void reload(int keepRows);
    // The ranking's matches changed.
    Q_SLOT void rerank(bool keepPlace);
    // Reads the ranked rids from `from`, at most `count` of them.
    [[nodiscard]] QList<ProductRow> rankedPage(qsizetype from, qsizetype count);
    // With a ranking: asks the page reader for the page after the rows read (read ahead), unless
    // that page is already asked for or read.
    void readAhead();
    // Asks the page reader for m_rids[from, end); `shownAt` as in PageInFlight.
    void requestPage(qsizetype from, qsizetype end, int shownAt, int attempt = 0);
    // A page the reader read (on its thread), on the GUI thread: held for the next fetchMore, or
    // put in place of its placeholders.
    void pageRead(quint64 ticket, const QList<ProductRow>& rows, bool ok);
    // Shows the page in flight at m_ridsRead as placeholders now (the view overtook the read).
    void showPageInFlight(qsizetype index);
    // Puts `rows` in place of the placeholders at `shownAt` (`count` of them); fewer rows (products
    // gone from the cache meanwhile) remove the placeholders left over.
    void fillPlaceholders(int shownAt, qsizetype count, const QList<ProductRow>& rows);
    void appendRows(const QList<ProductRow>& page);

    ProductFilter m_filter;
    QList<ProductRow> m_rows;
    int m_total = 0;
    bool m_exhausted = false; // the last page came back short
    int m_catalogSize = 0;    // active products, from the last unfiltered count
    QTimer m_reloadTimer;
    QPointer<QObject> m_rankingObject;
    ProductRanking* m_ranking = nullptr; // m_rankingObject's, while it lives
    QList<qint64> m_rids;                // with a ranking: what it matched, in the list's order
    qsizetype m_ridsRead = 0;            // how many of m_rids the rows were read from
    // Pages read off the GUI thread (ranked lists only): the one after the rows, read ahead, and
    // those the view overtook, shown as placeholders meanwhile. The GUI thread never reads a page
    // while the shopper scrolls.
    std::unique_ptr<PageReader> m_pageReader;
    struct PageInFlight {
        quint64 ticket = 0;
        qsizetype from = 0, end = 0; // of m_rids
        int shownAt = -1;            // its first placeholder row; -1: not shown (read ahead)
        int attempt = 0;             // a failed read is asked again, a few times
    };
    // Every page asked for and not landed yet. A reload empties it: a page landing later finds no
    // ticket and is dropped (it belonged to the list read before). Pages are matched by their own
    // ticket, not against the last one asked: several are in flight when the view runs ahead of
    // the reader, and each must land in its own rows.
    QList<PageInFlight> m_inFlight;
    quint64 m_lastTicket = 0;
    std::optional<QList<ProductRow>> m_ahead; // the read-ahead page, landed, not appended yet
    qsizetype m_aheadEnd = 0;                 // m_rids up to here once m_ahead is appended
};

} // namespace comptoir::app
