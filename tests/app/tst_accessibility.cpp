// Accessibility of the kiosk and the shop (European Accessibility Act): every interactive control
// on their pages (buttons, fields, clickable areas) has an accessible name a screen reader can
// say, checked by walking each page's item tree; and the larger-text setting, turned on from the
// top bar, makes the Theme's sizes grow and survives a restart.

#include "app/access/customeraccess.h"
#include "demoaccounts.h"
#include "kioskfixture.h"
#include "shopfixture.h"
#include "syncchecks.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

bool isInteractive(QQuickItem* item)
{
    if (!item->isEnabled())
        return false;
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
        item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox") ||
        item->inherits("QQuickMouseArea"))
        return true;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return !item->property("readOnly").toBool();
    return false;
}

// What a screen reader says for it: its accessible name, else (a button) its text, which Qt
// announces in its place.
QString spokenName(QQuickItem* item)
{
    QString name;
    if (QAccessibleInterface* a = QAccessible::queryAccessibleInterface(item))
        name = a->text(QAccessible::Name);
    if (name.trimmed().isEmpty() && item->inherits("QQuickAbstractButton"))
        name = item->property("text").toString();
    return name.trimmed();
}

QString describe(QQuickItem* item)
{
    QStringList path;
    for (QQuickItem* i = item; i; i = i->parentItem())
        if (!i->objectName().isEmpty() || i == item)
            path.prepend(i->objectName().isEmpty() ? QString::fromLatin1(i->metaObject()->className())
                                                   : i->objectName());
    return path.join(u" > "_qs);
}

// The interactive items on screen (visible, not covered by an invisible parent) without a name.
void collectUnnamed(QQuickItem* item, QStringList& unnamed)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    if (isInteractive(item) && spokenName(item).isEmpty())
        unnamed.append(describe(item));
    for (QQuickItem* child : item->childItems())
        collectUnnamed(child, unnamed);
}

QStringList unnamedControls(QQuickWindow* window)
{
    QStringList unnamed;
    collectUnnamed(window->contentItem(), unnamed);
    // Popups and overlays (dialogs, tooltips) live under the window's overlay.
    return unnamed;
}

// A property of the Theme singleton as the window sees it.
QVariant themeValue(QObject* window, const QString& property)
{
    QQmlExpression expression(qmlContext(window), window, u"Theme."_qs + property);
    return expression.evaluate();
}

} // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccounts m_accounts;

    // Runs the window's screenshot-tour steps (they put it where a shopper's taps would) and
    // checks each page for unnamed controls.
    void walkTour(QQuickWindow* window, const QStringList& steps, QStringList& unnamed)
    {
        WindowDriver driver(window);
        for (const QString& step : steps) {
            QVariant ms;
            QVERIFY(QMetaObject::invokeMethod(window, "tourStep", Q_RETURN_ARG(QVariant, ms),
                                              Q_ARG(QVariant, step)));
            QVERIFY(waitFor([&] {
                QQuickItem* stack = driver.find(u"stack"_qs);
                return stack && !stack->property("busy").toBool();
            }));
            // The page's models fill in on the next turns of the event loop: wait until two laid-out
            // passes in a row show the same items, so no control that comes late is left unchecked.
            qsizetype itemsBefore = -1;
            QVERIFY(waitFor([&] {
                driver.settle();
                const qsizetype items = window->contentItem()->findChildren<QQuickItem*>().size();
                const bool stable = items == itemsBefore;
                itemsBefore = items;
                return stable;
            }));
            for (const QString& u : unnamedControls(window))
                unnamed.append(step + u": "_qs + u);
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
    }

    void everyKioskControlHasAnAccessibleName()
    {
        Kiosk kiosk(m_server);
        QVERIFY(kiosk.waitUntilReady());
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(kiosk.app().windowUrl());
        QVERIFY(!engine.rootObjects().isEmpty());
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList unnamed;
        walkTour(window,
                 {u"01-attract"_qs, u"02-home"_qs, u"03-search"_qs, u"04-category"_qs, u"05-product"_qs,
                  u"06-cart"_qs, u"11-pickup-elsewhere"_qs},
                 unnamed);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"controls without an accessible name:\n"_qs + unnamed.join(u'\n')));
    }

    void everyShopControlHasAnAccessibleName()
    {
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"noa@example.fr"_qs, u"Noa"_qs, u"a-long-secret"_qs);
        ShopFixture shop(m_server);
        QVERIFY2(shop.signIn(u"noa@example.fr"_qs, u"a-long-secret"_qs), qPrintable(shop.error()));
        const QString sku = skuInStock(shop.cache(), u"loc_paris"_qs, u"standard"_qs, 2);
        QVERIFY(!placeOrder(m_server, customer.token, sku, 1, false).isEmpty());
        QVERIFY(waitFor([&] { return shop.cache().prepare("SELECT 1 FROM orders").step(); }));
        auto product = shop.cache().prepare("SELECT product_id FROM variants WHERE sku = ?");
        product.bind(1, sku);
        QVERIFY(product.step());
        QVERIFY(shop.app().wishlist()->toggle(product.text(0)));
        QVERIFY(shop.loadWindow());
        QStringList unnamed;
        walkTour(shop.window(), {u"01-home"_qs, u"40-orders"_qs, u"41-order"_qs, u"42-wishlist"_qs}, unnamed);
        QVERIFY(QMetaObject::invokeMethod(shop.window(), "openSignIn"));
        QVERIFY(waitFor([&] { return shop.currentPage() == u"shopSignInPage"; }));
        QVERIFY(waitFor([&] { return !shop.driver().find(u"stack"_qs)->property("busy").toBool(); }));
        shop.driver().settle();
        for (const QString& u : unnamedControls(shop.window()))
            unnamed.append(u"sign-in: "_qs + u);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"controls without an accessible name:\n"_qs + unnamed.join(u'\n')));
    }

    void largeTextGrowsTheThemeAndSurvivesARestart()
    {
        QTemporaryDir profile;
        int normalBody = 0, normalTarget = 0;
        {
            Kiosk kiosk(m_server, {u"loc_paris"_qs, profile.path()});
            QVERIFY(kiosk.waitUntilReady());
            QQmlApplicationEngine engine;
            engine.addImportPath(u"qrc:/qt/qml"_qs);
            engine.load(kiosk.app().windowUrl());
            auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QCOMPARE(themeValue(window, u"largeText"_qs).toBool(), false);
            normalBody = themeValue(window, u"bodySize"_qs).toInt();
            normalTarget = themeValue(window, u"touchTarget"_qs).toInt();
            QVERIFY(normalBody > 0);

            QVERIFY(QMetaObject::invokeMethod(window, "tourStep", Q_ARG(QVariant, u"02-home"_qs)));
            WindowDriver driver(window);
            QVERIFY(driver.waitForItem(u"largeTextButton"_qs));
            QVERIFY(driver.tap(u"largeTextButton"_qs));
            QTRY_COMPARE(themeValue(window, u"largeText"_qs).toBool(), true);
            QVERIFY(themeValue(window, u"bodySize"_qs).toInt() > normalBody);
            QVERIFY(themeValue(window, u"touchTarget"_qs).toInt() > normalTarget);
            QCOMPARE(themeValue(window, u"highContrast"_qs).toBool(), true);
        }
        // Started again on the same device: still large.
        Kiosk again(m_server, {u"loc_paris"_qs, profile.path()});
        QVERIFY(again.app().display()->largeText());
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(again.app().windowUrl());
        QVERIFY(!engine.rootObjects().isEmpty());
        QObject* window = engine.rootObjects().first();
        QTRY_COMPARE(themeValue(window, u"largeText"_qs).toBool(), true);
        QVERIFY(themeValue(window, u"bodySize"_qs).toInt() > normalBody);
    }
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
