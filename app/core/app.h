#pragma once
// The client as QML sees it: which mode it runs in, whether the device is set up, its store, its
// language, how its link to the server is doing, and the shopper's cart and checkout. One
// instance, made by main before the engine loads (QML_SINGLETON hands that one to QML).

#include "app/core/devicesettings.h"
#include "app/core/launchoptions.h"
#include "comptoir/money.h"
#include "sync/net/clienttls.h"
#include "sync/syncclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTranslator>
#include <memory>

namespace comptoir::app {

class Cart;
class Checkout;

class App : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool needsSetup READ needsSetup NOTIFY setupChanged)
    Q_PROPERTY(bool setupBusy READ setupBusy NOTIFY setupBusyChanged)
    Q_PROPERTY(QString setupError READ setupError NOTIFY setupErrorChanged)
    Q_PROPERTY(QString presetServerUrl READ presetServerUrl CONSTANT)
    Q_PROPERTY(bool operatorMenuAvailable READ operatorMenuAvailable NOTIFY setupChanged)
    Q_PROPERTY(QString storeId READ storeId NOTIFY storeChanged)
    Q_PROPERTY(QString storeName READ storeName NOTIFY storeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString connectivity READ connectivity NOTIFY connectivityChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(bool catalogReady READ catalogReady NOTIFY catalogReadyChanged)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds CONSTANT)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    Q_PROPERTY(comptoir::app::Cart* cart READ cart CONSTANT)
    Q_PROPERTY(comptoir::app::Checkout* checkout READ checkout CONSTANT)

public:
    App(LaunchOptions options, QObject* parent = nullptr);
    ~App() override;

    static App* create(QQmlEngine* engine, QJSEngine*);
    // The one instance main made (null before and after).
    [[nodiscard]] static App* instance();

    [[nodiscard]] QString mode() const { return toString(m_options.mode); }
    [[nodiscard]] bool needsSetup() const { return !m_sync; }
    [[nodiscard]] bool setupBusy() const { return m_setupCall != nullptr; }
    [[nodiscard]] const QString& setupError() const { return m_setupError; }
    [[nodiscard]] QString presetServerUrl() const;
    [[nodiscard]] bool operatorMenuAvailable() const { return m_settings.hasPin(); }
    [[nodiscard]] QString storeId() const;
    [[nodiscard]] QString storeName();
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] QString connectivity() const;
    [[nodiscard]] int pendingCount() const { return m_sync ? m_sync->pendingCount() : 0; }
    [[nodiscard]] bool catalogReady() const { return m_catalogReady; }
    [[nodiscard]] int idleTimeoutSeconds() const { return m_options.idleTimeoutSeconds; }
    [[nodiscard]] bool fullscreen() const { return m_options.fullscreen; }
    [[nodiscard]] Cart* cart() const { return m_cart.get(); }
    [[nodiscard]] Checkout* checkout() const { return m_checkout.get(); }

    // The sync client once the device is set up, else null.
    [[nodiscard]] sync::SyncClient* sync() const { return m_sync.get(); }
    // Its cache, which the models read (null before setup).
    [[nodiscard]] sqlite::Connection* cache() const { return m_sync ? &m_sync->cache().db() : nullptr; }
    [[nodiscard]] MoneyLocale moneyLocale() const
    {
        return m_language == u"en" ? MoneyLocale::English : MoneyLocale::French;
    }
    [[nodiscard]] QString formatMoney(qint64 amountMinor) const;
    // Where a product image comes from: bundled with the app when it ships with it (it shows
    // offline), else the server.
    [[nodiscard]] QString imageSource(const QString& imageUrl) const;

    // First start: checks the device token against the server (it must be a kiosk's), then
    // remembers the server, the token, the store and the operator PIN.
    Q_INVOKABLE void enrol(const QString& serverUrl, const QString& deviceToken, const QString& pin);
    Q_INVOKABLE bool checkPin(const QString& pin) const;
    // Operator: forget the server and credential, back to the setup screen.
    Q_INVOKABLE void forgetDevice();
    // The shopper walked away (idle timeout) or finished: empty cart, checkout reset.
    Q_INVOKABLE void endSession();
    Q_INVOKABLE void syncNow();
    // The other stores, for "pick up in another store": [{locationId, name}].
    Q_INVOKABLE QVariantList otherStores();

signals:
    void setupChanged();
    void setupBusyChanged();
    void setupErrorChanged();
    void storeChanged();
    void languageChanged();
    void connectivityChanged();
    void pendingCountChanged();
    void catalogReadyChanged();
    // The cache changed ("product", "stock", "order", ...): models reload what they show.
    void dataChanged(const QStringList& entities);
    // The sync client was created or dropped: models start again.
    void syncReplaced();
    void sessionEnded();

private:
    void startSync();
    void refreshCatalogReady();
    void learnStore();
    void installTranslator();
    void setSetupError(const QString& error);

    LaunchOptions m_options;
    QSslConfiguration m_tls; // how the server's certificate is checked (--ca-file, --insecure)
    DeviceSettings m_settings;
    QString m_language;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
    QNetworkAccessManager m_network;
    std::unique_ptr<sync::SyncClient> m_sync;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<Checkout> m_checkout;
    QPointer<sync::OnlineCall> m_setupCall;
    QPointer<sync::OnlineCall> m_storeCall;
    QString m_setupError;
    QString m_storeId;
    bool m_catalogReady = false;
    // What changed while the cache was bulk loading its first bootstrap: the views hear of it
    // once the load has built its indexes (they would query unindexed tables after every page).
    QSet<QString> m_changesHeldBack;
};

// The cache of the one App, for the models QML creates (null without an App or before setup).
[[nodiscard]] inline sqlite::Connection* currentCache()
{
    App* app = App::instance();
    return app ? app->cache() : nullptr;
}

} // namespace comptoir::app
