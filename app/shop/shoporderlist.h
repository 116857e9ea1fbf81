#pragma once
// The signed-in customer's orders as the shop lists them, newest first, each with its status in
// words. Read from the cache, which the feed keeps live: a status changed by the store (ready to
// collect, shipped) shows without a refresh.

#include "app/catalog/cachelistmodel.h"

#include <QJsonObject>

namespace comptoir::app {

class ShopOrderList : public CacheListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        StatusRole,
        StatusTextRole,
        PlacedTextRole,
        TotalTextRole,
        ItemCountRole,
    };
    Q_ENUM(Role)

    explicit ShopOrderList(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

signals:
    void countChanged();

private:
    void reload() override;
    void languageChanged() override { reload(); }
    QList<QJsonObject> m_rows;
};

// Shared by the list and the order's page: the number an order goes by (the end of its id until
// the server numbers it) and when it was placed, in the session's language.
[[nodiscard]] QString orderNumberOf(const QJsonObject& order);
[[nodiscard]] QString placedTextOf(const QJsonObject& order, const Session* session);

} // namespace comptoir::app
