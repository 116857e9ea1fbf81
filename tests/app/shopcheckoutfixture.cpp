#include "shopcheckoutfixture.h"

#include "syncchecks.h"

#include <QQuickItem>
#include <QtTest>

namespace comptoir::test {

ShopCheckoutFixture::ShopCheckoutFixture(TestServer& server)
    : m_server(server), m_profileDir(m_profile.path())
{
}

ShopCheckoutFixture::~ShopCheckoutFixture()
{
    // Hidden first, the window hands its scene graph back before it is destroyed.
    if (m_window)
        m_window->close();
    QCoreApplication::processEvents();
    m_driver.reset();
    m_engine.reset();
    m_app.reset();
}

bool ShopCheckoutFixture::start(const QString& email, const QString& password)
{
    const auto registered = m_server.client().post(
        "/api/v1/auth/register",
        {{u"email"_qs, email}, {u"password"_qs, password}, {u"name"_qs, u"Camille Martin"_qs}});
    if (registered.status != 201) {
        m_error = u"register: %1"_qs.arg(registered.status);
        return false;
    }
    m_customerToken = m_server.login(email, password);
    app::LaunchOptions launch;
    launch.mode = app::Mode::Shop;
    launch.serverUrl = m_server.url();
    launch.profileDir = m_profileDir;
    launch.language = u"en"_qs;
    m_app = std::make_unique<app::App>(launch);
    app::CustomerAccess& customer = *m_app->customer();
    customer.signIn(email, password);
    if (!waitFor([&] { return customer.signedIn(); })) {
        m_error = u"sign-in: "_qs + customer.error();
        return false;
    }
    const app::Session& session = *m_app->session();
    if (!waitFor([&] { return session.catalogReady() && session.connectivity() == sync::SyncClient::Online; },
                 60000)) {
        m_error = u"the catalog never came"_qs;
        return false;
    }
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_qs);
    m_engine->load(QUrl(u"qrc:/qt/qml/Comptoir/Shop/ShopWindow.qml"_qs));
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

bool ShopCheckoutFixture::settle() const
{
    if (!waitFor([&] {
            QQuickItem* stack = m_driver->find(u"stack"_qs);
            return stack && !stack->property("busy").toBool();
        }))
        return false;
    m_driver->settle();
    return true;
}

QString ShopCheckoutFixture::currentPage() const
{
    QQuickItem* stack = m_driver->find(u"stack"_qs);
    auto* page = stack ? stack->property("currentItem").value<QQuickItem*>() : nullptr;
    return page && !stack->property("busy").toBool() ? page->objectName() : QString();
}

bool ShopCheckoutFixture::tap(const QString& name) const
{
    return settle() && m_driver->tap(m_driver->find(name));
}

bool ShopCheckoutFixture::type(const QString& name, const QString& text) const
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

} // namespace comptoir::test
