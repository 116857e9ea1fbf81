#include "shopordersfixture.h"

#include "app/access/customeraccess.h"
#include "orderbodies.h"
#include "syncchecks.h"

#include <QJsonArray>
#include <QQuickWindow>
#include <QTest>

namespace comptoir::test {

NotificationSink::~NotificationSink()
{
    if (m_daemon.state() == QProcess::Running) {
        m_daemon.terminate();
        m_daemon.waitForFinished(3000);
    }
}

bool NotificationSink::start()
{
    m_daemon.start(u"dbus-daemon"_qs, {u"--session"_qs, u"--nofork"_qs, u"--print-address"_qs});
    if (!m_daemon.waitForStarted(5000))
        return false;
    QByteArray address;
    if (!waitFor(
            [&] {
                m_daemon.waitForReadyRead(100);
                address += m_daemon.readAllStandardOutput();
                return address.contains('\n');
            },
            5000))
        return false;
    address = address.left(address.indexOf('\n')).trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    QDBusConnection bus = QDBusConnection::connectToBus(QString::fromUtf8(address), u"notification-sink"_qs);
    return bus.isConnected() && bus.registerService(u"org.freedesktop.Notifications"_qs) &&
           bus.registerObject(u"/org/freedesktop/Notifications"_qs, this, QDBusConnection::ExportAllSlots);
}

uint NotificationSink::Notify(const QString& appName, uint, const QString&, const QString& summary,
                              const QString& body, const QStringList&, const QVariantMap&, int)
{
    m_received.append({appName, summary, body});
    return uint(m_received.size());
}

QJsonObject placeOrder(TestServer& server, const std::string& token, const QString& sku, int quantity,
                       bool pay, const QString& storeId)
{
    HttpClient c = server.client();
    const Reply placed =
        c.post("/api/v1/orders",
               {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, quantity}}}},
                {u"fulfillment"_qs, pickupAt(storeId)},
                {u"channel"_qs, u"web"_qs}},
               token, idempotencyKey(QUuid::createUuid().toString().toStdString()));
    if (placed.status != 201 || !pay)
        return placed.status == 201 ? placed.json() : QJsonObject();
    const QString id = idOf(placed.json());
    const Reply card = c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                          {u"exp_month"_qs, 12},
                                                          {u"exp_year"_qs, 2040},
                                                          {u"cvc"_qs, u"123"_qs}});
    const Reply paid =
        c.post(orderPath(id) + "/payments",
               {{u"method"_qs, u"card"_qs}, {u"token"_qs, card.json().value(u"token"_qs).toString()}}, token,
               idempotencyKey(QUuid::createUuid().toString().toStdString()));
    if (paid.status != 201)
        return {};
    return orderOnServer(c, id, token);
}

SignedInShop::SignedInShop(TestServer& server, const QString& email, const QString& password,
                           const QString& profileDir)
{
    if (profileDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_profileDir = m_tempDir->path();
    } else {
        m_profileDir = profileDir;
    }
    app::LaunchOptions launch;
    launch.mode = app::Mode::Shop;
    launch.serverUrl = server.url();
    launch.profileDir = m_profileDir;
    launch.language = u"en"_qs;
    m_app = std::make_unique<app::App>(launch);
    if (!m_app->customer()->signedIn())
        m_app->customer()->signIn(email, password);
}

SignedInShop::~SignedInShop()
{
    m_driver.reset();
    m_engine.reset();
    m_app.reset();
}

bool SignedInShop::waitUntilReady(int timeoutMs)
{
    return waitFor(
        [this] {
            const app::Session& s = *m_app->session();
            return m_app->customer()->signedIn() && s.catalogReady() &&
                   s.connectivity() == sync::SyncClient::Online;
        },
        timeoutMs);
}

bool SignedInShop::loadWindow()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_qs);
    m_engine->load(m_app->windowUrl());
    if (m_engine->rootObjects().isEmpty())
        return false;
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window))
        return false;
    m_driver = std::make_unique<WindowDriver>(m_window);
    return true;
}

QString SignedInShop::currentPage() const
{
    auto* stack = m_driver ? m_driver->find(u"stack"_qs) : nullptr;
    auto* page = stack ? stack->property("currentItem").value<QQuickItem*>() : nullptr;
    return page ? page->objectName() : QString();
}

} // namespace comptoir::test
