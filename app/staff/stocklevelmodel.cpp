#include "app/staff/stocklevelmodel.h"

#include "app/core/applog.h"

namespace comptoir::app {

namespace {

constexpr int kShown = 200;

} // namespace

QVariantMap toVariant(const StockItem& item)
{
    return {{u"sku"_qs, item.sku},           {u"name"_qs, item.name},
            {u"options"_qs, item.options},   {u"barcode"_qs, item.barcode},
            {u"bin"_qs, item.bin},           {u"onHand"_qs, item.onHand},
            {u"reserved"_qs, item.reserved}, {u"available"_qs, item.available()}};
}

StockLevelModel::StockLevelModel(QObject* parent) : CacheListModel({u"stock"_qs, u"product"_qs}, parent) {}

int StockLevelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StockLevelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StockItem& s = m_rows[index.row()];
    switch (role) {
    case SkuRole:
        return s.sku;
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case OptionsRole:
        return s.options;
    case BarcodeRole:
        return s.barcode;
    case BinRole:
        return s.bin;
    case OnHandRole:
        return s.onHand;
    case ReservedRole:
        return s.reserved;
    case AvailableRole:
        return s.available();
    case LowRole:
        return s.available() <= kLowStockThreshold;
    default:
        return {};
    }
}

QHash<int, QByteArray> StockLevelModel::roleNames() const
{
    return {
        {SkuRole, "sku"}, {NameRole, "name"},     {OptionsRole, "options"},   {BarcodeRole, "barcode"},
        {BinRole, "bin"}, {OnHandRole, "onHand"}, {ReservedRole, "reserved"}, {AvailableRole, "available"},
        {LowRole, "low"}};
}

void StockLevelModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit searchChanged();
    reload();
}

void StockLevelModel::setLowOnly(bool lowOnly)
{
    if (lowOnly == m_lowOnly)
        return;
    m_lowOnly = lowOnly;
    emit lowOnlyChanged();
    reload();
}

QVariantMap StockLevelModel::item(const QString& sku) const
{
    StockReader* reader = session() ? session()->stock() : nullptr;
    try {
        if (const auto found = reader ? reader->item(sku, session()->storeId()) : std::nullopt)
            return toVariant(*found);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "stock of" << sku << e.what();
    }
    return {};
}

void StockLevelModel::reload()
{
    QList<StockItem> rows;
    if (StockReader* reader = session() ? session()->stock() : nullptr) {
        try {
            rows =
                reader->levels({session()->storeId(), m_search, m_lowOnly, kLowStockThreshold}, kShown + 1);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "stock levels:" << e.what();
        }
    }
    m_truncated = rows.size() > kShown;
    if (m_truncated)
        rows.removeLast();
    const bool sameRows = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                     [](const StockItem& a, const StockItem& b) { return a.sku == b.sku; });
    if (sameRows && !rows.isEmpty()) {
        // A level moved (a sale, a delivery): in place, so the list keeps its scroll position.
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace comptoir::app
