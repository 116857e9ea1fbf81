#include "app/shop/productshelf.h"

#include "app/core/applog.h"

#include <QSet>

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
    show(std::move(rows));
}

void ProductShelf::show(QList<ProductBrief> rows)
{
    const QStringList before = productIds();
    QSet<QString> wanted;
    for (const ProductBrief& p : rows)
        wanted.insert(p.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows[i].id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // The rows kept must come in the same order; else (a reorder) the whole list is new.
    QSet<QString> kept;
    for (const ProductBrief& p : m_rows)
        kept.insert(p.id);
    QStringList keptOrder;
    for (const ProductBrief& p : rows)
        if (kept.contains(p.id))
            keptOrder.append(p.id);
    if (keptOrder != productIds()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit countChanged();
        return;
    }
    // m_rows is now a subsequence of rows: walk both, inserting what is new.
    for (int i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && m_rows[i].id == rows[i].id) {
            m_rows[i] = rows[i]; // a name, price or sold state may have moved: dataChanged below
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, rows[i]);
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (productIds() != before)
        emit countChanged(); // also productIds'
}

} // namespace comptoir::app
