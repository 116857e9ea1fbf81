#pragma once
// The shopper's cart: lines kept in the cache (a restart of the kiosk keeps them), priced from
// the cached catalog and promotions with the same arithmetic as the server's quotes, so the
// totals shown are the totals charged, online or not.

#include "app/data/cartstore.h"
#include "comptoir/cartpricing.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <functional>

namespace comptoir::app {

class Session;

class Cart : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The cart belongs to App")
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    Q_PROPERTY(bool hasDiscount READ hasDiscount NOTIFY changed)
    Q_PROPERTY(QString taxText READ taxText NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(QString promoCode READ promoCode NOTIFY changed)
    Q_PROPERTY(QString promoMessage READ promoMessage NOTIFY changed)
    Q_PROPERTY(bool sellable READ isSellable NOTIFY changed)

public:
    enum Role {
        SkuRole = Qt::UserRole + 1,
        ProductIdRole,
        NameRole,
        DetailsRole,
        QuantityRole,
        UnitPriceTextRole,
        LineTotalTextRole,
        AvailableHereRole,
        ImageRole,
        SellableRole,
    };

    static constexpr qint64 kMaxQuantity = 99;

    explicit Cart(Session& session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int itemCount() const;
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] QString subtotalText() const;
    [[nodiscard]] QString discountText() const;
    [[nodiscard]] bool hasDiscount() const { return m_totals.discount > 0; }
    [[nodiscard]] QString taxText() const;
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] const QString& promoCode() const { return m_promoCode; }
    [[nodiscard]] const QString& promoMessage() const { return m_promoMessage; }
    // Every line can be sold (none was archived since it was added).
    [[nodiscard]] bool isSellable() const;

    [[nodiscard]] const QList<CartItem>& items() const { return m_items; }
    [[nodiscard]] const PricedTotals& totals() const { return m_totals; }
    // The promo code only when it applies now (an order carries no refused code).
    [[nodiscard]] QString appliedPromoCode() const { return m_promoApplies ? m_promoCode : QString(); }

    Q_INVOKABLE bool add(const QString& sku, int quantity = 1);
    Q_INVOKABLE void setQuantity(const QString& sku, int quantity);
    Q_INVOKABLE void remove(const QString& sku);
    Q_INVOKABLE void clear();
    // True when the code is known and applies to this cart; the message says why not.
    Q_INVOKABLE bool applyPromoCode(const QString& code);
    Q_INVOKABLE void clearPromoCode();
    // Reads the lines again from the cache (prices and stock move as the cache syncs).
    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    // Runs a change of the stored cart, then reads it again.
    void write(const std::function<void(CartStore&)>& change);
    void price();

    Session& m_session;
    QList<CartItem> m_items;
    PricedTotals m_totals;
    QString m_promoCode;
    QString m_promoMessage;
    bool m_promoApplies = false;
};

} // namespace comptoir::app
