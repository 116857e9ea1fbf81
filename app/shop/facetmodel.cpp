#include "app/shop/facetmodel.h"

#include "app/core/applog.h"

#include <QCollator>
#include <algorithm>
#include <numeric>
#include <string>
#include <utility>

namespace comptoir::app {

namespace {

constexpr std::array kFacetNames = {"stock", "size", "colour", "price", "brand"};
const QString kHere = u"here"_qs;

// Clothes sizes in the order they are worn, then numbers (shoe sizes, ages) by value, then the rest.
int sizeRank(const QString& size)
{
    static const QStringList worn{u"XXS"_qs, u"XS"_qs, u"S"_qs,   u"M"_qs,
                                  u"L"_qs,   u"XL"_qs, u"XXL"_qs, u"XXXL"_qs};
    const qsizetype at = worn.indexOf(size.toUpper());
    return at >= 0 ? int(at) : int(worn.size());
}

} // namespace

FacetModel::FacetModel(QObject* parent) : CacheListModel({u"product"_qs, u"stock"_qs}, parent)
{
    // A category and a search set in one go (a page opening) read once.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &FacetModel::read);
}

int FacetModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    int n = 0;
    for (const auto& values : m_values)
        n += int(values.size());
    return n;
}

std::pair<FacetModel::Facet, int> FacetModel::rowAt(int row) const
{
    for (int f = 0; f < FacetCount; ++f) {
        if (row < m_values[f].size())
            return {Facet(f), row};
        row -= int(m_values[f].size());
    }
    return {FacetCount, -1};
}

QString FacetModel::labelOf(Facet facet, const QString& value) const
{
    const Session* s = session();
    const auto money = [s](qint64 amount) { return s ? s->formatMoney(amount) : QString::number(amount); };
    switch (facet) {
    case Price: {
        const int band = value.toInt();
        if (band == 0)
            return tr("Under %1").arg(money(kPriceBandFloors[1]));
        if (band + 1 >= int(kPriceBandFloors.size()))
            return tr("%1 and more").arg(money(kPriceBandFloors[band]));
        return tr("%1 to %2").arg(money(kPriceBandFloors[band]), money(kPriceBandFloors[band + 1]));
    }
    case Stock:
        return s && !s->storeName().isEmpty() ? tr("In stock at %1").arg(s->storeName())
                                              : tr("In stock at my store");
    default:
        return value;
    }
}

QVariant FacetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto [facet, at] = rowAt(index.row());
    if (at < 0)
        return {};
    const Value& v = m_values[facet][at];
    switch (role) {
    case FacetRole:
        return QString::fromLatin1(kFacetNames[facet]);
    case FacetLabelRole:
        switch (facet) {
        case Brand:
            return tr("Brand");
        case Size:
            return tr("Size");
        case Colour:
            return tr("Colour");
        case Price:
            return tr("Price");
        default:
            return tr("Availability");
        }
    case ValueRole:
        return v.value;
    case Qt::DisplayRole:
    case LabelRole:
        return labelOf(facet, v.value);
    case CountRole:
        return v.count;
    case SelectedRole:
        return v.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    return {{FacetRole, "facet"}, {FacetLabelRole, "facetLabel"}, {ValueRole, "value"},
            {LabelRole, "label"}, {CountRole, "count"},           {SelectedRole, "selected"}};
}

void FacetModel::setCategoryId(const QString& id)
{
    if (id == m_filter.categoryId)
        return;
    m_filter.categoryId = id;
    emit categoryIdChanged();
    reload();
}

void FacetModel::setSearchText(const QString& text)
{
    if (text == m_filter.search)
        return;
    const bool sameSearch = ftsQuery(text) == ftsQuery(m_filter.search);
    m_filter.search = text;
    emit searchTextChanged();
    if (!sameSearch)
        reload();
}

QVariantMap FacetModel::selection() const
{
    QVariantMap map;
    for (int f = Size; f <= Brand; ++f) {
        QVariantList chosen;
        for (const Value& v : m_values[f])
            if (v.selected)
                chosen << (f == Price ? QVariant(v.value.toInt()) : QVariant(v.value));
        if (!chosen.isEmpty())
            map.insert(QString::fromLatin1(kFacetNames[f]), chosen);
    }
    if (m_selectedCount[Stock] > 0)
        map.insert(u"stock"_qs, true);
    return map;
}

bool FacetModel::anySelected() const
{
    return std::any_of(m_selectedCount.begin(), m_selectedCount.end(), [](int n) { return n > 0; });
}

FacetModel::Facet FacetModel::facetNamed(const QString& name)
{
    for (int f = 0; f < FacetCount; ++f)
        if (name == QLatin1String(kFacetNames[f]))
            return Facet(f);
    return FacetCount;
}

void FacetModel::toggle(const QString& facetName, const QString& value)
{
    const Facet facet = facetNamed(facetName);
    if (facet == FacetCount)
        return;
    for (Value& v : m_values[facet]) {
        if (v.value != value)
            continue;
        v.selected = !v.selected;
        m_selectedCount[facet] += v.selected ? 1 : -1;
        recount();
        emit selectionChanged();
        emit rankingChanged(false);
        return;
    }
}

void FacetModel::clear()
{
    if (!anySelected())
        return;
    for (auto& values : m_values)
        for (Value& v : values)
            v.selected = false;
    m_selectedCount = {};
    recount();
    emit selectionChanged();
    emit rankingChanged(false);
}

int FacetModel::countOf(const QString& facetName, const QString& value) const
{
    const Facet facet = facetNamed(facetName);
    if (facet == FacetCount)
        return -1;
    for (const Value& v : m_values[facet])
        if (v.value == value)
            return v.count;
    return -1;
}

void FacetModel::reloadNow()
{
    m_reloadTimer.stop();
    read();
}

void FacetModel::entitiesChanged(const QStringList& entities)
{
    Q_UNUSED(entities);
    if (!m_reloadTimer.isActive())
        m_keepPlace = true; // else a new category or search is due: the list starts at its top
    m_reloadTimer.start();
}

const QList<int>& FacetModel::orderBy(ProductSort sort)
{
    // Relevance without a search is the name's order, as in CatalogReader::productPage.
    if (sort == ProductSort::Relevance && ftsQuery(m_filter.search).isEmpty())
        sort = ProductSort::Name;
    QList<int>& order = m_orders[size_t(sort)];
    if (order.size() == m_rows.size())
        return order;
    order.resize(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    // The orders of productPage's ORDER BY clauses; names compare as SQLite's BINARY does, code
    // unit by code unit.
    const auto byName = [this](int a, int b) {
        const int c = QString::compare(m_rows[a].name, m_rows[b].name, Qt::CaseSensitive);
        return c != 0 ? c < 0 : m_rows[a].rid < m_rows[b].rid;
    };
    switch (sort) {
    case ProductSort::Relevance:
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (m_rows[a].relevance != m_rows[b].relevance)
                return m_rows[a].relevance < m_rows[b].relevance;
            return byName(a, b);
        });
        break;
    case ProductSort::Name:
        std::sort(order.begin(), order.end(), byName);
        break;
    case ProductSort::PriceAscending:
    case ProductSort::PriceDescending:
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (m_rows[a].minPrice != m_rows[b].minPrice)
                return m_rows[a].minPrice < m_rows[b].minPrice;
            return byName(a, b);
        });
        if (sort == ProductSort::PriceDescending)
            std::reverse(order.begin(), order.end());
        break;
    }
    return order;
}

QList<qint64> FacetModel::rankedRids(ProductSort sort)
{
    QList<qint64> rids;
    rids.reserve(m_matching);
    for (const int i : orderBy(sort))
        if (m_matches[i])
            rids.append(m_rows[i].rid);
    return rids;
}

void FacetModel::read()
{
    m_reloadTimer.stop();
    // What was chosen stays chosen across a new category, search or sync (listed with 0 if gone).
    std::array<QStringList, FacetCount> chosen;
    for (int f = 0; f < FacetCount; ++f)
        for (const Value& v : m_values[f])
            if (v.selected)
                chosen[f] << v.value;

    QList<FacetRow> products;
    m_filter.stockAt = session() ? session()->storeId() : QString();
    if (CatalogReader* reader = catalog()) {
        try {
            products = reader->facetRows(m_filter);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "facets:" << e.what();
        }
    }

    std::array<QHash<QString, int>, FacetCount> indexOf;
    std::array<QList<Value>, FacetCount> values;
    const auto intern = [&](Facet facet, const QString& value) {
        auto it = indexOf[facet].constFind(value);
        if (it != indexOf[facet].constEnd())
            return it.value();
        const int at = int(values[facet].size());
        values[facet].append({value, 0, false});
        indexOf[facet].insert(value, at);
        return at;
    };
    // The price bands and the store are always offered, in their own order.
    for (size_t band = 0; band < kPriceBandFloors.size(); ++band)
        intern(Price, QString::number(band));
    if (!m_filter.stockAt.isEmpty())
        intern(Stock, kHere);

    QList<Row> rows;
    rows.reserve(products.size());
    for (const FacetRow& p : products) {
        Row row;
        row.rid = p.rid;
        row.name = p.name;
        row.minPrice = p.minPrice;
        row.relevance = p.relevance;
        row.brand = intern(Brand, p.brand);
        int band = 0;
        while (band + 1 < int(kPriceBandFloors.size()) && p.minPrice >= kPriceBandFloors[band + 1])
            ++band;
        row.price = band;
        row.stock = p.inStockHere;
        for (const QString& size : p.sizes)
            if (const int at = intern(Size, size); !row.sizes.contains(at))
                row.sizes.append(at);
        for (const QString& colour : p.colours)
            if (const int at = intern(Colour, colour); !row.colours.contains(at))
                row.colours.append(at);
        rows.append(std::move(row));
    }
    for (int f = 0; f < FacetCount; ++f)
        for (const QString& value : chosen[f])
            values[f][intern(Facet(f), value)].selected = true;

    // Rows keep the indexes they were read with; the values are shown sorted.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int f : {Brand, Size, Colour}) {
        QList<int> order(values[f].size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const QString& va = values[f][a].value;
            const QString& vb = values[f][b].value;
            if (f == Size && sizeRank(va) != sizeRank(vb))
                return sizeRank(va) < sizeRank(vb);
            return collator.compare(va, vb) < 0;
        });
        QList<int> newIndex(order.size());
        QList<Value> sorted;
        for (int i = 0; i < order.size(); ++i) {
            newIndex[order[i]] = i;
            sorted.append(values[f][order[i]]);
        }
        values[f] = std::move(sorted);
        for (Row& row : rows) {
            if (f == Brand)
                row.brand = newIndex[row.brand];
            if (f == Size)
                for (int& s : row.sizes)
                    s = newIndex[s];
            if (f == Colour)
                for (int& c : row.colours)
                    c = newIndex[c];
        }
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_orders = {};
    m_values = std::move(values);
    for (int f = 0; f < FacetCount; ++f)
        m_selectedCount[f] = int(
            std::count_if(m_values[f].begin(), m_values[f].end(), [](const Value& v) { return v.selected; }));
    recount();
    endResetModel();
    emit selectionChanged();
    const bool keepPlace = std::exchange(m_keepPlace, false);
    emit rankingChanged(keepPlace);
}

void FacetModel::recount()
{
    std::array<QList<int>, FacetCount> counts;
    for (int f = 0; f < FacetCount; ++f)
        counts[f].fill(0, m_values[f].size());
    const auto chosen = [this](Facet f, int at) { return m_values[f][at].selected; };
    int matching = 0;
    m_matches.fill(false, m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        // Which facets this product satisfies: a facet with nothing chosen is satisfied.
        std::array<bool, FacetCount> ok{};
        ok[Brand] = m_selectedCount[Brand] == 0 || chosen(Brand, row.brand);
        ok[Size] = m_selectedCount[Size] == 0 ||
                   std::any_of(row.sizes.begin(), row.sizes.end(), [&](int s) { return chosen(Size, s); });
        ok[Colour] = m_selectedCount[Colour] == 0 || std::any_of(row.colours.begin(), row.colours.end(),
                                                                 [&](int c) { return chosen(Colour, c); });
        ok[Price] = m_selectedCount[Price] == 0 || chosen(Price, row.price);
        ok[Stock] = m_selectedCount[Stock] == 0 || row.stock;
        const auto misses = std::count(ok.begin(), ok.end(), false);
        if (misses > 1)
            continue;
        // A value's count is what the list would hold were it chosen too: the products that
        // satisfy every other facet. A product missing one facet counts only in that facet.
        const auto counted = [&](Facet f) { return misses == 0 || !ok[f]; };
        if (misses == 0) {
            ++matching;
            m_matches[i] = true;
        }
        if (counted(Brand))
            ++counts[Brand][row.brand];
        if (counted(Size))
            for (int s : row.sizes)
                ++counts[Size][s];
        if (counted(Colour))
            for (int c : row.colours)
                ++counts[Colour][c];
        if (counted(Price))
            ++counts[Price][row.price];
        if (counted(Stock) && row.stock && !m_values[Stock].isEmpty())
            ++counts[Stock][0];
    }
    for (int f = 0; f < FacetCount; ++f)
        for (int i = 0; i < m_values[f].size(); ++i)
            m_values[f][i].count = counts[f][i];
    m_matching = matching;
    if (const int n = rowCount(); n > 0)
        emit dataChanged(index(0), index(n - 1), {CountRole, SelectedRole});
    emit countsChanged();
}

} // namespace comptoir::app
