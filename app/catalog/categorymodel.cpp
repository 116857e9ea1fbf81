#include "app/catalog/categorymodel.h"

#include "app/core/applog.h"

namespace comptoir::app {

CategoryModel::CategoryModel(QObject* parent) : CacheListModel({u"category"_qs, u"product"_qs}, parent) {}

int CategoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CategoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CategoryRow& row = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case ProductCountRole:
        return row.productCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return {{IdRole, "categoryId"}, {NameRole, "name"}, {ProductCountRole, "productCount"}};
}

void CategoryModel::setParentId(const QString& id)
{
    if (id == m_parentId)
        return;
    m_parentId = id;
    emit parentIdChanged();
    reload();
}

void CategoryModel::reload()
{
    QList<CategoryRow> rows;
    if (CatalogReader* reader = catalog()) {
        try {
            rows = reader->categories(m_parentId);
            rows.removeIf([](const CategoryRow& r) { return r.productCount == 0; });
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "categories:" << e.what();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace comptoir::app
