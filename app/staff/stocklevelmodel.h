#pragma once
// The store's stock levels as the console lists them: every SKU it holds, by name, narrowed by a
// search (words of the name or brand, the start of a SKU, a whole barcode) and to what runs low
// (available at or below the threshold, least first). Read from the cache, where the change feed
// keeps every level live.

#include "app/catalog/cachelistmodel.h"

namespace comptoir::app {

class StockLevelModel : public CacheListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(bool lowOnly READ lowOnly WRITE setLowOnly NOTIFY lowOnlyChanged)
    Q_PROPERTY(int threshold READ threshold CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // More rows match than the list shows: the search narrows them.
    Q_PROPERTY(bool truncated READ truncated NOTIFY countChanged)

public:
    enum Role {
        SkuRole = Qt::UserRole + 1,
        NameRole,
        OptionsRole,
        BarcodeRole,
        BinRole,
        OnHandRole,
        ReservedRole,
        AvailableRole,
        LowRole,
    };
    Q_ENUM(Role)

    explicit StockLevelModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QString& search() const { return m_search; }
    void setSearch(const QString& search);
    [[nodiscard]] bool lowOnly() const { return m_lowOnly; }
    void setLowOnly(bool lowOnly);
    [[nodiscard]] int threshold() const { return int(kLowStockThreshold); }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool truncated() const { return m_truncated; }

    // One row as a map (sku, name, options, barcode, bin, onHand, reserved, available), or empty.
    Q_INVOKABLE QVariantMap item(const QString& sku) const;

signals:
    void searchChanged();
    void lowOnlyChanged();
    void countChanged();

private:
    void reload() override;

    QString m_search;
    bool m_lowOnly = false;
    bool m_truncated = false;
    QList<StockItem> m_rows;
};

// A stock item as QML reads it.
[[nodiscard]] QVariantMap toVariant(const StockItem& item);

} // namespace comptoir::app
