#pragma once
// The shopper's cart: lines kept in the cache (a restart of the kiosk keeps them), priced from
// the cached catalog and promotions with the same arithmetic as the server's quotes, so the
// totals shown are the totals charged, online or not. At the till it also carries the staff's
// discounts (on lines and on the whole sale), priced as the server prices them.

#include "app/cart/staffdiscounts.h"
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
    // Staff discounts (the till only): some line or the sale has one; some goes above 20 % and
    // needs a manager's approval; the sale's own discount, in words and as an amount.
    Q_PROPERTY(bool hasStaffDiscount READ hasStaffDiscount NOTIFY changed)
    Q_PROPERTY(bool needsApproval READ needsApproval NOTIFY changed)
    Q_PROPERTY(bool hasSaleDiscount READ hasSaleDiscount NOTIFY changed)
    Q_PROPERTY(QString saleDiscountLabel READ saleDiscountLabel NOTIFY changed)
    Q_PROPERTY(QString saleDiscountText READ saleDiscountText NOTIFY changed)

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
        HasLineDiscountRole,
        LineDiscountTextRole, // "10% off: −2.40 €"; the line total is net of it
    };

    static constexpr qint64 kMaxQuantity = 99;

    explicit Cart(Session& session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int itemCount() const;
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] QString subtotalText() const;
    // The promotion's discount (a staff discount on the sale has its own row).
    [[nodiscard]] QString discountText() const;
    [[nodiscard]] bool hasDiscount() const { return m_figures.promotionDiscount > 0; }
    [[nodiscard]] QString taxText() const;
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] const QString& promoCode() const { return m_promoCode; }
    [[nodiscard]] const QString& promoMessage() const { return m_promoMessage; }
    // Every line can be sold (none was archived since it was added).
    [[nodiscard]] bool isSellable() const;

    [[nodiscard]] bool hasStaffDiscount() const { return !m_discounts.isEmpty(); }
    [[nodiscard]] bool needsApproval() const { return m_figures.needsApproval; }
    [[nodiscard]] bool hasSaleDiscount() const { return m_discounts.sale().has_value(); }
    [[nodiscard]] QString saleDiscountLabel() const;
    [[nodiscard]] QString saleDiscountText() const;

    [[nodiscard]] const QList<CartItem>& items() const { return m_items; }
    [[nodiscard]] const PricedTotals& totals() const { return m_figures.totals; }
    // Every figure of the sellable lines, in order: their own discounts and net totals, the
    // sale's discount and the promotion's.
    [[nodiscard]] const CartFigures& figures() const { return m_figures; }
    [[nodiscard]] const StaffDiscounts& staffDiscounts() const { return m_discounts; }
    // Why the server would refuse the discounts as they stand now (an amount above what it
    // applies to, after the lines or prices changed), or empty.
    [[nodiscard]] QString discountRefusal() const;
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

    // Staff discounts, at the till. `kind` is "percent" or "amount" (per unit on a line); the
    // answer is empty when the discount applies, else the sentence that says why not.
    Q_INVOKABLE QString setLineDiscount(const QString& sku, const QString& kind, const QString& typed);
    Q_INVOKABLE void clearLineDiscount(const QString& sku);
    Q_INVOKABLE QString setSaleDiscount(const QString& kind, const QString& typed, const QString& reason);
    Q_INVOKABLE void clearSaleDiscount();
    Q_INVOKABLE void clearDiscounts();

    // The shop: a customer's feed carries no promotions, so a code the cache does not know is kept
    // for the order and judged by the server's quotes (their 422 on promo_code says why not);
    // the cart's own totals then leave its discount out.
    void setServerJudgesPromotions(bool judges);
    [[nodiscard]] bool serverJudgesPromotions() const { return m_serverJudgesPromotions; }

signals:
    void changed();
    // The shopper put `quantity` more of `sku` in the cart (add(), not a quantity set or a reload).
    void added(const QString& sku, int quantity);

private:
    // Runs a change of the stored cart, then reads it again.
    void write(const std::function<void(CartStore&)>& change);
    // The lines as the store has them now, as row moves the view can follow.
    void replaceItems(QList<CartItem> items);
    void price();
    // Prices again after a discount changed (the lines stay as they are).
    void repriced();
    [[nodiscard]] const CartItem* item(const QString& sku) const;

    Session& m_session;
    QList<CartItem> m_items;
    StaffDiscounts m_discounts;
    CartFigures m_figures;
    QList<qint64> m_netLineTotals; // per line of m_items: its total net of its own discount
    QString m_promoCode;
    QString m_promoMessage;
    bool m_promoApplies = false;
    bool m_serverJudgesPromotions = false; // the shop's (setServerJudgesPromotions)
};

} // namespace comptoir::app
