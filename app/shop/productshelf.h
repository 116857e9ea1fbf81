#pragma once
// A short list of products named by id (the wishlist, the recently viewed), each as it is now in
// the cache: name, price, image, and whether it is still sold (an archived product stays, flagged).
// Subclasses say which ids, in which order.

#include "app/catalog/cachelistmodel.h"
#include "app/data/customerreader.h"

namespace comptoir::app {

class ProductShelf : public CacheListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The ids shown, for a heart to bind to ("is it in?").
    Q_PROPERTY(QStringList productIds READ productIds NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PriceTextRole, ImageSourceRole, SoldRole };
    Q_ENUM(Role)

    ProductShelf(QStringList watched, QObject* parent);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QStringList productIds() const;
    Q_INVOKABLE bool contains(const QString& productId) const { return productIds().contains(productId); }

signals:
    void countChanged();

protected:
    // The ids to show, in order, read from the cache or from wherever the subclass keeps them.
    [[nodiscard]] virtual QStringList ids(CustomerReader& reader) = 0;
    void reload() override;
    void languageChanged() override { reload(); }

private:
    // Shows `rows` by removing, inserting and updating rows rather than resetting the model: a
    // sync that touches a product must not recreate every delegate under the customer's pointer
    // (a click on a heart pressed on one delegate and released on its replacement was lost).
    void show(QList<ProductBrief> rows);

    QList<ProductBrief> m_rows;
};

} // namespace comptoir::app
