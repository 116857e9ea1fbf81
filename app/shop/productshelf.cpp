#include "app/shop/productshelf.h"

#include "app/core/applog.h"

namespace comptoir::app {

ProductShelf::ProductShelf(QStringList watched, QObject* parent) : CacheListModel(std::move(watched), parent)
{
}

int ProductShelf::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProductShelf::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProductBrief& p = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return p.id;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case PriceTextRole:
        return session() ? session()->formatMoney(p.minPrice) : QString();
    case ImageSourceRole:
        return session() ? session()->imageSource(p.imageUrl) : p.imageUrl;
    case SoldRole:
        return p.sold;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductShelf::roleNames() const
{
    return {{IdRole, "productId"},
            {NameRole, "name"},
            {PriceTextRole, "priceText"},
            {ImageSourceRole, "imageSource"},
            {SoldRole, "sold"}};
}

QStringList ProductShelf::productIds() const
{
    QStringList ids;
    for (const ProductBrief& p : m_rows)
        ids.append(p.id);
    return ids;
}

void ProductShelf::reload()
{
    QList<ProductBrief> rows;
    if (session() && session()->sync()) {
        try {
            CustomerReader reader(session()->sync()->cache().db());
            for (const QString& id : ids(reader))
                if (auto product = reader.product(id))
                    rows.append(*product);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "product shelf:" << e.what();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace comptoir::app
