#pragma once
// What every mode of the client has once it knows its server and credential: the sync client
// and its lifetime, how the link is doing (the sync library's own enum), the store the device
// stands in, the language, the server's currency, money formatting, and the typed reads of the
// cache (catalog, cart, orders, stock). Mode-neutral: the kiosk, the shop and the staff console each build
// one and hand it to the models that need it.

#include "app/core/devicesettings.h"
#include "app/data/cartstore.h"
#include "app/data/catalogreader.h"
#include "app/data/drawerreader.h"
#include "app/data/orderreader.h"
#include "app/data/stockreader.h"
#include "comptoir/money.h"
#include "sync/syncclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QSslConfiguration>
#include <QTranslator>
#include <memory>

namespace comptoir::app {

class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each mode makes its session")
    // A sync client runs: the device knows its server and credential.
    Q_PROPERTY(bool active READ isActive NOTIFY syncReplaced)
    Q_PROPERTY(
        comptoir::sync::SyncClient::Connectivity connectivity READ connectivity NOTIFY connectivityChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString storeId READ storeId NOTIFY storeChanged)
    Q_PROPERTY(QString storeName READ storeName NOTIFY storeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY currencyChanged)
    Q_PROPERTY(bool catalogReady READ catalogReady NOTIFY catalogReadyChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY syncReplaced)

public:
    struct Settings {
        QString cachePath;     // this mode's cache file
        QSslConfiguration tls; // how the server's certificate is checked (null: the system's)
        QString language;      // --lang: wins over the remembered one
        QString fixedStoreId;  // --store: wins over the credential's store
    };

    Session(Settings settings, DeviceSettings& remembered, QObject* parent = nullptr);
    ~Session() override;

    // Starts syncing with `serverUrl` as `token` (empty: anonymous), replacing any running client.
    // `cacheScope` (sync::cacheScopeOf of the signed-in user) files the cache under what the feed
    // shows that person, so a change of cashier at a till keeps it; empty keys it by the token.
    void start(const QString& serverUrl, const QByteArray& token, const QString& storeId = {},
               const QString& cacheScope = {});
    // Back to no server (signed out, device forgotten): the views empty.
    void stop();

    [[nodiscard]] bool isActive() const { return m_sync != nullptr; }
    [[nodiscard]] sync::SyncClient* sync() const { return m_sync.get(); }
    // The typed reads and writes of the cache; null while no sync client runs.
    [[nodiscard]] CatalogReader* catalog() const { return m_catalog.get(); }
    [[nodiscard]] CartStore* cartStore() const { return m_cartStore.get(); }
    [[nodiscard]] OrderReader* orders() const { return m_orders.get(); }
    [[nodiscard]] StockReader* stock() const { return m_stock.get(); }
    [[nodiscard]] DrawerReader* drawers() const { return m_drawers.get(); }
    // For requests made before a sync client exists (setup, sign-in), with the same TLS checks.
    [[nodiscard]] sync::OnlineCall* callWithout(const QString& serverUrl, const QByteArray& token,
                                                sync::CallRequest request, QObject* owner);

    [[nodiscard]] sync::SyncClient::Connectivity connectivity() const;
    [[nodiscard]] bool isOffline() const { return connectivity() == sync::SyncClient::Offline; }
    [[nodiscard]] int pendingCount() const { return m_sync ? m_sync->pendingCount() : 0; }
    [[nodiscard]] QString storeId() const;
    void setStoreId(const QString& storeId);
    [[nodiscard]] QString storeName() const;
    [[nodiscard]] QString locationName(const QString& locationId) const;
    [[nodiscard]] const QString& language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] const QString& currency() const { return m_currency; }
    [[nodiscard]] bool catalogReady() const { return m_catalogReady; }
    [[nodiscard]] const QString& serverUrl() const { return m_serverUrl; }
    [[nodiscard]] const QSslConfiguration& tls() const { return m_settings.tls; }

    [[nodiscard]] MoneyLocale moneyLocale() const
    {
        return m_language == u"en" ? MoneyLocale::English : MoneyLocale::French;
    }
    Q_INVOKABLE QString formatMoney(qint64 amountMinor) const;
    // Where a product image comes from: bundled with the app when it ships with it (it shows
    // offline), else the server.
    [[nodiscard]] QString imageSource(const QString& imageUrl) const;

    Q_INVOKABLE void syncNow();
    // The other stores, for "pick up in another store": [{locationId, name}].
    Q_INVOKABLE QVariantList otherStores() const;

    // The QML engine to retranslate when the language changes.
    void setEngine(QQmlEngine* engine) { m_engine = engine; }

signals:
    void syncReplaced();
    void connectivityChanged();
    void pendingCountChanged();
    void storeChanged();
    void languageChanged();
    void currencyChanged();
    void catalogReadyChanged();
    // The cache changed ("product", "stock", "order", ...): models reload what they show.
    void dataChanged(const QStringList& entities);
    // An order's copy in the cache moved (the server answered, its status changed).
    void orderChanged(const QString& orderId);

private:
    void installTranslator();
    void refreshCatalogReady();
    void refreshCurrency();

    Settings m_settings;
    DeviceSettings& m_remembered;
    QString m_language;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
    QNetworkAccessManager m_network;
    QString m_serverUrl;
    QString m_storeId;
    QString m_currency;
    std::unique_ptr<sync::SyncClient> m_sync;
    std::unique_ptr<CatalogReader> m_catalog;
    std::unique_ptr<CartStore> m_cartStore;
    std::unique_ptr<OrderReader> m_orders;
    std::unique_ptr<StockReader> m_stock;
    std::unique_ptr<DrawerReader> m_drawers;
    bool m_catalogReady = false;
    // What changed while the cache was bulk loading its first bootstrap: the views hear of it
    // once the load has built its indexes (they would query unindexed tables after every page).
    QSet<QString> m_changesHeldBack;
};

} // namespace comptoir::app
