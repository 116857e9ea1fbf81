#pragma once
// One product as the detail page shows it: its options as chips (size, colour, format), the
// variant they select, its price, and where it can be had: here, in the other stores, or shipped
// from the warehouse. Everything comes from the cache, so it reads the same offline.

#include "app/session/session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace comptoir::app {

class ProductDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString productId READ productId WRITE setProductId NOTIFY productIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString brand READ brand NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString image READ image NOTIFY changed)
    // [{key, label, values: [{value, selected, available}]}]
    Q_PROPERTY(QVariantList optionGroups READ optionGroups NOTIFY changed)
    Q_PROPERTY(QString selectedSku READ selectedSku NOTIFY changed)
    Q_PROPERTY(QString priceText READ priceText NOTIFY changed)
    Q_PROPERTY(QString taxText READ taxText NOTIFY changed)
    Q_PROPERTY(int availableHere READ availableHere NOTIFY changed)
    Q_PROPERTY(QString hereText READ hereText NOTIFY changed)
    // [{locationId, name, available}] for the other stores that have it
    Q_PROPERTY(QVariantList otherStores READ otherStores NOTIFY changed)
    Q_PROPERTY(QString onlineText READ onlineText NOTIFY changed)

public:
    explicit ProductDetail(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QString& productId() const { return m_productId; }
    void setProductId(const QString& id);
    [[nodiscard]] bool found() const { return !m_product.isEmpty(); }
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString brand() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] QString image() const;
    [[nodiscard]] QVariantList optionGroups() const;
    [[nodiscard]] const QString& selectedSku() const { return m_selectedSku; }
    [[nodiscard]] QString priceText() const;
    [[nodiscard]] QString taxText() const;
    [[nodiscard]] int availableHere() const { return m_availableHere; }
    [[nodiscard]] QString hereText() const;
    [[nodiscard]] const QVariantList& otherStores() const { return m_otherStores; }
    [[nodiscard]] QString onlineText() const;

    // Picks the variant with this option value, keeping the other choices when such a variant
    // exists.
    Q_INVOKABLE void selectOption(const QString& key, const QString& value);
    Q_INVOKABLE void selectSku(const QString& sku);

signals:
    void sessionChanged();
    void productIdChanged();
    void changed();

private:
    void reload();
    void reloadStock();
    [[nodiscard]] QJsonObject selectedVariant() const;
    [[nodiscard]] QStringList optionKeys() const;

    QPointer<Session> m_session;
    QString m_productId;
    QJsonObject m_product;
    QString m_selectedSku;
    QHash<QString, qint64> m_availableBySku; // here, per SKU, for chip states
    int m_availableHere = 0;
    QVariantList m_otherStores;
    qint64 m_availableOnline = 0;
};

} // namespace comptoir::app
