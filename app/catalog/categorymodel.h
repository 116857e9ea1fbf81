#pragma once
// The categories under one parent (the top level by default), with how many products each holds,
// for the kiosk's category grid. Read from the cache; follows it as it syncs.

#include "app/catalog/cachelistmodel.h"

namespace comptoir::app {

class CategoryModel : public CacheListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString parentId READ parentId WRITE setParentId NOTIFY parentIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, ProductCountRole };

    explicit CategoryModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QString& parentId() const { return m_parentId; }
    void setParentId(const QString& id);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

signals:
    void parentIdChanged();
    void countChanged();

private:
    void reload() override;
    QString m_parentId;
    QList<CategoryRow> m_rows;
};

} // namespace comptoir::app
