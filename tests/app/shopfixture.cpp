#include "shopfixture.h"

#include "app/access/customeraccess.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "syncchecks.h"

#include <QJsonArray>
#include <QQuickItem>
#include <QTest>

namespace comptoir::test {

ShopFixture::ShopFixture(TestServer& server, const QString& profileDir, const QString& serverUrl)
    : m_server(server)
{
    if (profileDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_profileDir = m_tempDir->path();
    } else {
        m_profileDir = profileDir;
    }
    app::LaunchOptions launch;
    launch.mode = app::Mode::Shop;
    launch.serverUrl = serverUrl.isEmpty() ? server.url() : serverUrl;
    launch.profileDir = m_profileDir;
    launch.language = u"en"_qs;
    m_app = std::make_unique<app::App>(launch);
}

ShopFixture::~ShopFixture()
{
    // Hidden first, the window hands its scene graph back before it is destroyed.
    if (m_window)
        m_window->close();
    QCoreApplication::processEvents();
    m_driver.reset();
    m_engine.reset();
    m_app.reset();
}

bool ShopFixture::registerAndSignIn(const QString& email, const QString& password)
{
    const QString address =
        email.isEmpty() ? u"shopper.%1@example.fr"_qs.arg(QDateTime::currentMSecsSinceEpoch()) : email;
    const RegisteredCustomer customer = registerCustomer(m_server, address, u"Camille Martin"_qs, password);
    if (customer.registrationStatus != 201 || customer.token.empty()) {
        m_error = u"register: %1"_qs.arg(customer.registrationStatus);
        return false;
    }
    m_customerToken = customer.token;
    return signIn(address, password);
}

bool ShopFixture::signIn(const QString& email, const QString& password)
{
    app::CustomerAccess& customer = *m_app->customer();
    if (!customer.signedIn())
        customer.signIn(email, password);
    if (!waitFor([&] { return customer.signedIn(); })) {
        m_error = u"sign-in: "_qs + customer.error();
        return false;
    }
    return waitUntilReady();
}

bool ShopFixture::waitUntilReady(int timeoutMs)
{
    const bool ready = waitFor(
        [this] {
            const app::Session& s = *m_app->session();
            return m_app->customer()->signedIn() && s.catalogReady() &&
                   s.connectivity() == sync::SyncClient::Online;
        },
        timeoutMs);
    if (!ready)
        m_error = u"the catalog or the link never came"_qs;
    return ready;
}

bool ShopFixture::loadWindow()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_qs);
    m_engine->load(m_app->windowUrl());
    if (m_engine->rootObjects().size() != 1) {
        m_error = u"the shop window did not load"_qs;
        return false;
    }
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window)) {
        m_error = u"the shop window is not shown"_qs;
        return false;
    }
    m_driver = std::make_unique<WindowDriver>(m_window);
    return true;
}

bool ShopFixture::settle() const
{
    if (!waitFor([&] {
            QQuickItem* stack = m_driver->find(u"stack"_qs);
            return stack && !stack->property("busy").toBool();
        }))
        return false;
    m_driver->settle();
    return true;
}

QString ShopFixture::currentPage() const
{
    QQuickItem* stack = m_driver ? m_driver->find(u"stack"_qs) : nullptr;
    auto* page = stack ? stack->property("currentItem").value<QQuickItem*>() : nullptr;
    return page && !stack->property("busy").toBool() ? page->objectName() : QString();
}

bool ShopFixture::tap(const QString& name) const
{
    return settle() && m_driver->tap(m_driver->find(name));
}

bool ShopFixture::type(const QString& name, const QString& text) const
{
    QQuickItem* field = m_driver->find(name);
    if (!field || !settle())
        return false;
    QMetaObject::invokeMethod(field, "selectAll");
    if (!field->property("selectedText").toString().isEmpty() || field->property("text").toString().isEmpty())
        return m_driver->typeInto(name, text);
    return false;
}

QString skuAvailableAt(sqlite::Connection& cache, const QString& locationId, int minimum, int skip)
{
    auto statement = cache.prepare("SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id "
                                   "JOIN stock s ON s.sku = v.sku AND s.location_id = ? "
                                   "WHERE p.status = 'active' AND s.on_hand - s.reserved >= ? "
                                   "ORDER BY v.sku LIMIT 1 OFFSET ?");
    statement.bind(1, locationId).bind(2, minimum).bind(3, skip);
    return statement.step() ? statement.text(0) : QString();
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

} // namespace comptoir::test
