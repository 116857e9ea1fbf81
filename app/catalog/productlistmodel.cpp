#include "app/catalog/productlistmodel.h"

#include "app/core/applog.h"

#include <utility>

namespace comptoir::app {

ProductListModel::ProductListModel(QObject* parent) : CacheListModel({u"product"_qs, u"stock"_qs}, parent)
{
    // Several properties set in one go (a binding, a page opening) make one query.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        // A ranking about to read (the same category or search set on both) says when it has.
        if (!m_ranking || !m_ranking->rankingPending())
            reload(0);
    });
}

void ProductListModel::storeChanged()
{
    scheduleReload();
}

void ProductListModel::languageChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {PriceTextRole});
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProductRow& row = m_rows[index.row()];
    if (row.id.isEmpty() && role != IdRole)
        return role == AvailableHereRole ? QVariant(0) : QVariant(QString()); // a placeholder
    const Session* s = session();
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case BrandRole:
        return row.brand;
    case PriceTextRole: {
        const QString price = s ? s->formatMoney(row.minPrice) : QString::number(row.minPrice);
        return row.priceVaries ? tr("from %1").arg(price) : price;
    }
    case ImageRole:
        return s ? s->imageSource(row.imageUrl) : row.imageUrl;
    case AvailableHereRole:
        return row.availableHere;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    return {{IdRole, "productId"},        {NameRole, "name"},   {BrandRole, "brand"},
            {PriceTextRole, "priceText"}, {ImageRole, "image"}, {AvailableHereRole, "availableHere"}};
}

bool ProductListModel::canFetchMore(const QModelIndex& parent) const
{
    if (m_ranking)
        return !parent.isValid() && m_ridsRead < m_rids.size();
    return !parent.isValid() && !m_exhausted && (m_rows.size() < m_total || m_filter.broadSearch);
}

void ProductListModel::fetchMore(const QModelIndex& parent)
{
    CatalogReader* reader = catalog();
    if (parent.isValid() || !reader)
        return;
    if (m_ranking) {
        if (m_ahead) {
            // Read ahead: no query in this frame.
            const QList<ProductRow> page = *std::exchange(m_ahead, std::nullopt);
            m_ridsRead = m_aheadEnd;
            appendRows(page);
        } else {
            // The view caught up with the read ahead (a fast scroll): its rows stand as
            // placeholders until it lands, rather than reading the page here in this frame.
            readAhead();
            const auto ahead = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                            [](const PageInFlight& p) { return p.shownAt < 0; });
            if (ahead != m_inFlight.end())
                showPageInFlight(ahead - m_inFlight.begin());
        }
        readAhead();
        return;
    }
    try {
        const QList<ProductRow> page = reader->productPage(m_filter, int(m_rows.size()), kPageSize);
        m_exhausted = page.size() < kPageSize;
        if (page.isEmpty()) {
            if (!m_filter.broadSearch) {
                m_total = int(m_rows.size()); // the cache shrank under us
                emit totalChanged();
            }
            return;
        }
        appendRows(page);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "product page:" << e.what();
    }
}

void ProductListModel::appendRows(const QList<ProductRow>& page)
{
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

bool ProductListModel::rowsPending() const
{
    return std::any_of(m_inFlight.begin(), m_inFlight.end(),
                       [](const PageInFlight& p) { return p.shownAt >= 0; });
}

void ProductListModel::readAhead()
{
    if (!m_ranking || m_ahead || m_ridsRead >= m_rids.size())
        return;
    if (std::any_of(m_inFlight.begin(), m_inFlight.end(),
                    [](const PageInFlight& p) { return p.shownAt < 0; }))
        return; // already asked for
    requestPage(m_ridsRead, std::min(m_rids.size(), m_ridsRead + kPageSize), -1);
}

void ProductListModel::requestPage(qsizetype from, qsizetype end, int shownAt, int attempt)
{
    const Session* s = session();
    if (!s || !s->sync())
        return;
    const QString& path = s->sync()->cache().path();
    if (!m_pageReader || m_pageReader->cachePath() != path) {
        m_pageReader = std::make_unique<PageReader>(path);
        connect(m_pageReader.get(), &PageReader::pageRead, this, &ProductListModel::pageRead);
        m_inFlight.clear(); // the old reader's pages never land here
    }
    const quint64 ticket = ++m_lastTicket;
    m_inFlight.append({ticket, from, end, shownAt, attempt});
    m_pageReader->read(ticket, m_rids.mid(from, end - from), m_filter.stockAt);
}

void ProductListModel::showPageInFlight(qsizetype index)
{
    PageInFlight& page = m_inFlight[index];
    page.shownAt = int(m_rows.size());
    m_ridsRead = page.end;
    appendRows(QList<ProductRow>(page.end - page.from)); // empty ids: placeholders
}

void ProductListModel::pageRead(quint64 ticket, const QList<ProductRow>& rows, bool ok)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [ticket](const PageInFlight& p) { return p.ticket == ticket; });
    if (it == m_inFlight.end())
        return; // the list was read again meanwhile
    const PageInFlight page = *it;
    m_inFlight.erase(it);
    if (!ok) {
        // Logged by the reader. Shown rows wait for it again; a page read ahead is asked again by
        // the next fetchMore.
        constexpr int kAttempts = 3;
        if (page.shownAt >= 0 && page.attempt + 1 < kAttempts)
            requestPage(page.from, page.end, page.shownAt, page.attempt + 1);
        else if (page.shownAt >= 0)
            fillPlaceholders(page.shownAt, page.end - page.from, {});
        return;
    }
    if (page.shownAt < 0) {
        m_ahead = rows;
        m_aheadEnd = page.end;
        return;
    }
    fillPlaceholders(page.shownAt, page.end - page.from, rows);
}

void ProductListModel::fillPlaceholders(int shownAt, qsizetype count, const QList<ProductRow>& rows)
{
    const int filled = int(std::min(count, rows.size()));
    for (int i = 0; i < filled; ++i)
        m_rows[shownAt + i] = rows[i];
    if (filled > 0)
        emit dataChanged(index(shownAt), index(shownAt + filled - 1));
    if (filled == count)
        return;
    const int gone = int(count) - filled;
    beginRemoveRows({}, shownAt + filled, shownAt + int(count) - 1);
    m_rows.remove(shownAt + filled, gone);
    endRemoveRows();
    for (PageInFlight& later : m_inFlight)
        if (later.shownAt > shownAt)
            later.shownAt -= gone;
}

void ProductListModel::setCategoryId(const QString& id)
{
    if (id == m_filter.categoryId)
        return;
    m_filter.categoryId = id;
    emit categoryIdChanged();
    scheduleReload();
}

void ProductListModel::setSearchText(const QString& text)
{
    if (text == m_filter.search)
        return;
    // A keystroke that does not change what is searched (a first letter, a space) reads nothing.
    const bool sameSearch = ftsQuery(text) == ftsQuery(m_filter.search);
    m_filter.search = text;
    emit searchTextChanged();
    if (!sameSearch)
        scheduleReload();
}

QString ProductListModel::sort() const
{
    switch (m_filter.sort) {
    case ProductSort::Relevance:
        return u"relevance"_qs;
    case ProductSort::Name:
        return u"name"_qs;
    case ProductSort::PriceAscending:
        return u"price_asc"_qs;
    case ProductSort::PriceDescending:
        break;
    }
    return u"price_desc"_qs;
}

void ProductListModel::setSort(const QString& sort)
{
    ProductSort s = ProductSort::Name;
    if (sort == u"relevance")
        s = ProductSort::Relevance;
    else if (sort == u"price_asc")
        s = ProductSort::PriceAscending;
    else if (sort == u"price_desc")
        s = ProductSort::PriceDescending;
    if (s == m_filter.sort)
        return;
    m_filter.sort = s;
    emit sortChanged();
    scheduleReload();
}

void ProductListModel::setInStockOnly(bool only)
{
    if (only == m_filter.inStockOnly)
        return;
    m_filter.inStockOnly = only;
    emit inStockOnlyChanged();
    scheduleReload();
}

void ProductListModel::setRanking(QObject* ranking)
{
    if (ranking == m_rankingObject)
        return;
    if (m_rankingObject)
        disconnect(m_rankingObject, nullptr, this, nullptr);
    m_rankingObject = ranking;
    m_ranking = qobject_cast<ProductRanking*>(ranking);
    if (m_ranking) {
        connect(ranking, SIGNAL(rankingChanged(bool)), this, SLOT(rerank(bool)));
        connect(ranking, &QObject::destroyed, this, [this] {
            m_ranking = nullptr;
            scheduleReload();
        });
    }
    emit rankingSet();
    scheduleReload();
}

void ProductListModel::rerank(bool keepPlace)
{
    m_reloadTimer.stop(); // what a property change was waiting for has come
    reload(keepPlace ? int(m_rows.size()) : 0);
}

QList<ProductRow> ProductListModel::rankedPage(qsizetype from, qsizetype count)
{
    const QList<qint64> rids = m_rids.mid(from, count);
    m_ridsRead = from + rids.size();
    CatalogReader* reader = catalog();
    return reader ? reader->productsByRid(rids, m_filter.stockAt) : QList<ProductRow>();
}

void ProductListModel::setFeatured(bool featured)
{
    if (featured == m_filter.featured)
        return;
    m_filter.featured = featured;
    emit featuredChanged();
    scheduleReload();
}

void ProductListModel::reloadNow()
{
    m_reloadTimer.stop();
    reload(0);
}

void ProductListModel::scheduleReload()
{
    m_reloadTimer.start();
}

void ProductListModel::reload(int keepRows)
{
    QList<ProductRow> rows;
    int total = 0;
    m_filter.stockAt = session() ? session()->storeId() : QString();
    if (m_ranking && catalog()) {
        try {
            m_rids = m_ranking->rankedRids(m_filter.sort);
            total = int(m_rids.size());
            // The first page at once (what a click waits for), the next one ahead.
            rows = rankedPage(0, std::max(keepRows, kPageSize));
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "product list:" << e.what();
        }
    } else if (CatalogReader* reader = catalog()) {
        try {
            // Past about a sixteenth of the catalog, walking the sort's index beats sorting the
            // matches (see catalogquery.cpp): that is where a search becomes broad.
            m_filter.countBound = std::max(1000, m_catalogSize / 16);
            const ProductCount count = reader->productCount(m_filter);
            total = count.value;
            m_filter.broadSearch = count.atLeast;
            const int wanted = std::max(keepRows, kPageSize);
            rows = reader->productPage(m_filter, 0, wanted);
            m_exhausted = rows.size() < wanted;
            if (!searchActive() && m_filter.categoryId.isEmpty() && !m_filter.inStockOnly &&
                !m_filter.featured)
                m_catalogSize = total;
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "product list:" << e.what();
        }
    }
    const bool sameRows = keepRows > 0 && rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const ProductRow& a, const ProductRow& b) { return a.id == b.id; });
    if (sameRows && !rows.isEmpty()) {
        // Same products in the same places (a stock level moved): update in place, the view keeps
        // its scroll position.
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    m_total = total;
    emit totalChanged(); // also when only searchActive turned
    m_inFlight.clear();  // pages asked for the list read before land in nothing
    m_ahead.reset();
    if (m_ranking)
        readAhead();
}

} // namespace comptoir::app
