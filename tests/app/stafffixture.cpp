#include "stafffixture.h"

#include "orderbodies.h"
#include "syncchecks.h"

#include <QQuickWindow>
#include <QUuid>
#include <QtTest>

namespace comptoir::test {

StaffConsole::StaffConsole(TestServer& server)
{
    app::LaunchOptions launch;
    launch.mode = app::Mode::Staff;
    launch.serverUrl = server.url();
    launch.profileDir = m_profile.path();
    launch.language = u"en"_qs;
    m_app = std::make_unique<app::App>(launch);
}

StaffConsole::~StaffConsole()
{
    // Hidden first, the window hands its scene graph back before it is destroyed.
    if (m_window)
        m_window->close();
    QCoreApplication::processEvents();
    m_driver.reset();
    m_engine.reset();
    m_app.reset();
}

bool StaffConsole::signIn(const QString& email)
{
    m_app->staff()->signIn(email, QString::fromLatin1(kDemoPassword));
    return loadWindow();
}

bool StaffConsole::signInAtTill(const QString& email, const QString& storeId, const QString& pin)
{
    app::StaffAccess& staff = *m_app->staff();
    staff.enrolRegister(u"manager@demo.comptoir.fr"_qs, QString::fromLatin1(kDemoPassword), storeId,
                        u"Till %1"_qs.arg(storeId));
    if (!waitFor([&] { return staff.registerEnrolled() && !staff.busy(); }))
        return false;
    staff.signInAndSetPin(email, QString::fromLatin1(kDemoPassword), pin);
    return loadWindow();
}

bool StaffConsole::waitSettled(int timeoutMs) const
{
    const app::Session& s = *m_app->session();
    return waitFor([&] { return s.pendingCount() == 0 && s.connectivity() == sync::SyncClient::Online; },
                   timeoutMs);
}

bool StaffConsole::loadWindow()
{
    const app::Session& s = *m_app->session();
    if (!waitFor([&] { return m_app->staff()->signedIn(); }) ||
        !waitFor([&] { return s.catalogReady() && s.connectivity() == sync::SyncClient::Online; }, 60000))
        return false;
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_qs);
    m_engine->load(m_app->windowUrl());
    if (m_engine->rootObjects().isEmpty())
        return false;
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window))
        return false;
    m_driver = std::make_unique<WindowDriver>(m_window);
    return m_driver->waitForItem(u"staffPages"_qs);
}

QString StaffConsole::text(const QString& name) const
{
    QQuickItem* item = m_driver->find(name);
    return item && item->isVisible() ? item->property("text").toString() : QString();
}

QJsonObject webPickupOrder(TestServer& server, const std::string& customerToken, const QString& storeId,
                           const QJsonArray& lines)
{
    HttpClient c = server.client();
    const std::string key = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const Reply order =
        c.post("/api/v1/orders", {{u"lines"_qs, lines}, {u"fulfillment"_qs, pickupAt(storeId)}},
               customerToken, idempotencyKey("order-" + key));
    if (order.status != 201)
        return {};
    const Reply card = c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                          {u"exp_month"_qs, 12},
                                                          {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                                          {u"cvc"_qs, u"123"_qs}});
    const std::string id = order.json().value(u"id"_qs).toString().toStdString();
    const Reply paid = c.post("/api/v1/orders/" + id + "/payments",
                              {{u"method"_qs, u"card"_qs}, {u"token"_qs, card.json().value(u"token"_qs)}},
                              customerToken, idempotencyKey("payment-" + key));
    if (paid.status != 201 || paid.json().value(u"status"_qs).toString() != u"captured")
        return {};
    return c.get("/api/v1/orders/" + id, customerToken).json();
}

QString barcodeOf(sqlite::Connection& cache, const QString& sku)
{
    auto statement = cache.prepare("SELECT coalesce(barcode, '') FROM variants WHERE sku = ?");
    statement.bind(1, sku);
    return statement.step() ? statement.text(0) : QString();
}

QJsonObject orderSeenByManager(TestServer& server, const QString& id)
{
    HttpClient c = server.client();
    return orderOnServer(c, id, server.login(u"manager@demo.comptoir.fr"_qs));
}

qsizetype ordersOfStore(TestServer& server, const QString& storeId)
{
    return allItems(server, "/api/v1/orders?store_id=" + storeId.toStdString(),
                    server.login(u"manager@demo.comptoir.fr"_qs))
        .size();
}

QString barcodeInStock(sqlite::Connection& cache, const QString& storeId, const QString& taxClass,
                       int available, int skip)
{
    auto st = cache.prepare("SELECT v.barcode FROM variants v JOIN products p ON p.id = v.product_id "
                            "JOIN stock s ON s.sku = v.sku AND s.location_id = ? "
                            "WHERE p.status = 'active' AND v.barcode IS NOT NULL "
                            "AND json_extract(p.json, '$.tax_class') = ? AND s.on_hand - s.reserved >= ? "
                            "ORDER BY v.sku LIMIT 1 OFFSET ?");
    st.bind(1, storeId).bind(2, taxClass).bind(3, available).bind(4, skip);
    return st.step() ? st.text(0) : QString();
}

void scanInto(QWindow* window, const QString& code)
{
    for (const QChar c : code)
        QTest::keyClick(window, char(c.unicode()));
    QTest::keyClick(window, Qt::Key_Return);
}

} // namespace comptoir::test
