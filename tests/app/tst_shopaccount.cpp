// The shop's account against a real server and a real SMTP sink (aiosmtpd): the password reset
// end to end from the window (forgot password, the mail arrives, its comptoir:// link opens the
// reset page, the old password is refused and the new one signs in), and bad input said in
// words: hostile profile and address text, a bad postal code, a reused, guessed or hostile
// reset link.
#include "app/core/app.h"
#include "app/shop/resetlink.h"
#include "app/shop/singleinstance.h"
#include "smtpsink.h"
#include "syncchecks.h"
#include "testserver.h"
#include "windowdriver.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kPassword = u"a-long-secret"_qs;
const QString kNewPassword = u"another-long-secret"_qs;
const QString kUsedOrUnknown = u"This reset link was already used, has expired or is not one of ours. Ask "
                               u"for a new one with \"Forgot your "
                               "password?\"."_qs;

} // namespace

class ShopAccountTest : public QObject {
    Q_OBJECT

private:
    SmtpSink m_sink;
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_profile;

    app::LaunchOptions options(const QString& profile) const
    {
        app::LaunchOptions o;
        o.mode = app::Mode::Shop;
        o.serverUrl = m_server->url();
        o.profileDir = profile;
        o.language = u"en"_qs;
        return o;
    }

    void registerCustomer(const QString& email)
    {
        QCOMPARE(
            m_server->client()
                .post("/api/v1/auth/register",
                      {{u"email"_qs, email}, {u"password"_qs, kPassword}, {u"name"_qs, u"Inès Dupré"_qs}})
                .status,
            201);
    }

    static bool signIn(app::App& shop, const QString& email, const QString& password)
    {
        shop.customer()->signIn(email, password);
        return waitFor([&] { return !shop.customer()->busy(); }) && shop.customer()->signedIn();
    }

    // The comptoir:// link of the last reset mail sent to `email`.
    QString resetLink(const QString& email, int mails = 1)
    {
        if (!waitFor([&] { return m_sink.messagesTo(email).size() >= mails; }, 20000))
            return {};
        static const QRegularExpression link(u"comptoir://reset\\?token=[A-Za-z0-9_-]+"_qs);
        return link.match(m_sink.messagesTo(email).last().text()).captured(0);
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY(m_sink.start());
        TestServer::Options o;
        o.extraArgs = {u"--smtp-url"_qs, m_sink.url(), u"--mail-from"_qs,
                       u"Comptoir <shop@comptoir.test>"_qs};
        m_server = std::make_unique<TestServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    }

    void aForgottenPasswordIsResetFromTheMailsLink()
    {
        const QString email = u"ines@example.fr"_qs;
        registerCustomer(email);
        app::App shop(options(m_profile.path()));
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(shop.windowUrl());
        QVERIFY(!engine.rootObjects().isEmpty());
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        WindowDriver driver(window);
        const auto settled = [&] {
            return waitFor([&] { return !driver.find(u"stack"_qs)->property("busy").toBool(); });
        };

        // Forgot your password? The page says a mail is on its way (if the account exists).
        QVERIFY(driver.tap(u"shopAccountButton"_qs));
        QVERIFY(driver.waitForItem(u"forgotButton"_qs) && settled());
        QVERIFY(driver.tap(u"forgotButton"_qs));
        QVERIFY(driver.typeInto(u"forgotEmailInput"_qs, email));
        QVERIFY(driver.tap(u"sendResetButton"_qs));
        QVERIFY(waitFor([&] { return shop.customer()->notice().contains(u"a mail with a link"_qs); }));
        QVERIFY(driver.find(u"signInNoticeText"_qs)->isVisible());

        // The mail arrives at the SMTP server with its link, which the desktop hands to the shop
        // (the .desktop file's %u): the command line takes it, the window opens its page.
        const QString link = resetLink(email);
        QVERIFY2(!link.isEmpty(), "no reset link in the mail");
        const auto parsed = app::parseLaunchOptions(
            {u"comptoir"_qs, u"--mode"_qs, u"shop"_qs, u"--server"_qs, m_server->url(), link});
        QVERIFY2(parsed.options, qPrintable(parsed.error));
        QCOMPARE(parsed.options->link, link);
        QVERIFY(
            QMetaObject::invokeMethod(window, "openReset", Q_ARG(QVariant, QVariant(parsed.options->link))));
        QVERIFY(driver.waitForItem(u"newPasswordInput"_qs) && settled());
        QVERIFY(!driver.find(u"resetError"_qs)->isVisible());

        // Two different passwords are caught before anything is sent.
        QVERIFY(driver.typeInto(u"newPasswordInput"_qs, kNewPassword));
        QVERIFY(driver.typeInto(u"repeatPasswordInput"_qs, u"something-else-entirely"_qs));
        QVERIFY(driver.tap(u"resetButton"_qs));
        QVERIFY(driver.find(u"resetMismatch"_qs)->isVisible());
        driver.find(u"repeatPasswordInput"_qs)->setProperty("text", QString());
        QVERIFY(driver.typeInto(u"repeatPasswordInput"_qs, kNewPassword));
        driver.press(Qt::Key_Return);

        // Changed: signed out everywhere, said so on the sign-in page.
        QVERIFY(
            waitFor([&] { return shop.customer()->notice().startsWith(u"Your password is changed"_qs); }));
        QVERIFY(driver.waitForItem(u"signInNoticeText"_qs));
        QVERIFY(waitFor([&] { return driver.find(u"signInNoticeText"_qs)->isVisible(); }));

        // The old password no longer opens the account; the new one does.
        QVERIFY(!signIn(shop, email, kPassword));
        QCOMPARE(shop.customer()->error(), u"This email address and password do not match."_qs);
        QVERIFY2(signIn(shop, email, kNewPassword), qPrintable(shop.customer()->error()));

        // The same link a second time: refused in words.
        shop.customer()->signOut();
        shop.customer()->resetPassword(link, u"yet-another-secret"_qs);
        QVERIFY(waitFor([&] { return !shop.customer()->busy(); }));
        QCOMPARE(shop.customer()->error(), kUsedOrUnknown);
        QVERIFY(signIn(shop, email, kNewPassword));
    }

    void aFirstStartAsksWhichShopOnceThenBrowsesSignedOut()
    {
        QTemporaryDir profile;
        app::LaunchOptions o = options(profile.path());
        o.serverUrl.clear();
        app::App shop(o);
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(shop.windowUrl());
        QVERIFY(!engine.rootObjects().isEmpty());
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        WindowDriver driver(window);
        QVERIFY(driver.waitForItem(u"shopServerFieldInput"_qs));
        QVERIFY(waitFor([&] { return driver.find(u"whichShopPanel"_qs)->isVisible(); }));
        QVERIFY(driver.typeInto(u"shopServerFieldInput"_qs, m_server->url()));
        driver.press(Qt::Key_Return);
        QVERIFY(waitFor([&] { return shop.session()->isActive() && !shop.customer()->signedIn(); }));
        QVERIFY(waitFor(
            [&] { return driver.find(u"shopHomePage"_qs) && driver.find(u"shopHomePage"_qs)->isVisible(); }));
    }

    void aGuessedOrHostileResetLinkIsRefusedInWords()
    {
        QTemporaryDir profile;
        app::App shop(options(profile.path()));
        app::CustomerAccess& customer = *shop.customer();

        // A well-shaped token nobody was given: the server refuses it.
        customer.resetPassword(u"comptoir://reset?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_qs,
                               kNewPassword);
        QVERIFY(waitFor([&] { return !customer.busy(); }));
        QCOMPARE(customer.error(), kUsedOrUnknown);

        // Not one of ours: nothing is sent, and the reason is said.
        const QString notOurs =
            u"This is not a password reset link from Comptoir. Copy the whole link from the mail, "
            "starting with comptoir://reset."_qs;
        const QString damaged =
            u"This reset link is damaged: its code is missing or cut. Copy the whole link from "
            "the mail, or ask for a new one."_qs;
        const QList<std::pair<QString, QString>> hostile{
            {u"javascript:alert(1)"_qs, notOurs},
            {u"https://evil.example/reset?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_qs, notOurs},
            {u"comptoir://orders?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_qs, notOurs},
            {u"comptoir://reset"_qs, damaged},
            {u"comptoir://reset?token=abc"_qs, damaged},
            {u"comptoir://reset?token=AAAAAAAAAAAAAAAA%0AAAAAAAAAAAAAAAAAAAAAAAAA"_qs, damaged},
            {u"comptoir://reset?token=<script>alert(1)</script>"_qs, notOurs},
            {u"comptoir://reset?token="_qs + QString(5000, u'A'),
             u"This is not a password reset link from Comptoir: it is far too long."_qs},
            {QString(), u"Paste the link or the code from the mail."_qs},
        };
        for (const auto& [text, words] : hostile) {
            QVERIFY(customer.readResetLink(text).isEmpty());
            QCOMPARE(customer.error(), words);
            customer.resetPassword(text, kNewPassword);
            QVERIFY(!customer.busy()); // refused before the network
            QCOMPARE(customer.error(), words);
        }
        // The bare code from the mail is taken as well as the link.
        QCOMPARE(app::readResetLink(u"  AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA "_qs).token,
                 u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_qs);

        // The command line takes one comptoir:// link, for the shop only.
        QVERIFY(!app::parseLaunchOptions({u"comptoir"_qs, u"--mode"_qs, u"shop"_qs, u"notalink"_qs}).options);
        QVERIFY(!app::parseLaunchOptions(
                     {u"comptoir"_qs, u"--mode"_qs, u"kiosk"_qs, u"comptoir://reset?token=x"_qs})
                     .options);
        QVERIFY(app::parseLaunchOptions({u"comptoir"_qs, u"--mode"_qs, u"shop"_qs, u"comptoir://anything"_qs})
                    .options);
    }

    void hostileProfileAndAddressTextIsRefusedFieldByFieldInWords()
    {
        const QString email = u"profile@example.fr"_qs;
        registerCustomer(email);
        QTemporaryDir profile;
        app::App shop(options(profile.path()));
        QVERIFY(signIn(shop, email, kPassword));
        app::AccountProfile& account = *shop.account();
        const auto answered = [&] { return waitFor([&] { return !account.busy(); }); };
        const auto problem = [&](const QString& field) {
            return account.fieldErrors().value(field).toString();
        };

        // Profile: a right-to-left override, a control character, far too long, a bad phone.
        account.saveProfile(u"Inès \u202Eevil"_qs, {}, u"fr"_qs);
        QVERIFY(answered());
        QCOMPARE(problem(u"name"_qs), u"Remove the hidden characters that turn the text around."_qs);
        account.saveProfile(u"Inès\u0007"_qs, {}, {});
        QVERIFY(answered());
        QCOMPARE(problem(u"name"_qs), u"Remove the line breaks and control characters."_qs);
        account.saveProfile(QString(300, u'é'), u"call me maybe"_qs, {});
        QVERIFY(answered());
        QCOMPARE(problem(u"name"_qs), u"Too long: keep it to 200 characters."_qs);
        QCOMPARE(problem(u"phone"_qs), u"Enter a phone number: digits, spaces and + ( ) - . only."_qs);
        QCOMPARE(account.error(), u"Some fields need a change: see below each one."_qs);
        // SQL, HTML and emoji are a name like any other: kept exactly.
        const QString odd = u"Robert'); DROP TABLE users;-- <b>Inès</b> 😀"_qs;
        account.saveProfile(odd, u"+33 6 12 34 56 78"_qs, u"en"_qs);
        QVERIFY(answered());
        QVERIFY2(account.fieldErrors().isEmpty(), qPrintable(account.error()));
        QCOMPARE(account.notice(), u"Your details are saved."_qs);
        QCOMPARE(shop.customer()->userName(), odd);
        QCOMPARE(account.phone(), u"+33 6 12 34 56 78"_qs);

        // Addresses: a French postal code of 4 digits, a missing city, a country that is none.
        QVariantMap home{{u"label"_qs, u"Maison"_qs},
                         {u"name"_qs, u"Inès Dupré"_qs},
                         {u"line1"_qs, u"3 rue Oberkampf"_qs},
                         {u"postal_code"_qs, u"7501"_qs},
                         {u"city"_qs, QString()},
                         {u"country"_qs, u"fr"_qs}};
        account.saveAddress({}, home);
        QVERIFY(answered());
        QCOMPARE(problem(u"postal_code"_qs),
                 u"A French postal code is exactly 5 digits, for example 75011."_qs);
        QCOMPARE(problem(u"city"_qs), u"Fill this in."_qs);
        home[u"postal_code"_qs] = u"75011"_qs;
        home[u"city"_qs] = u"Paris"_qs;
        home[u"line2"_qs] = u"<img src=x onerror=alert(1)>\u202E"_qs;
        account.saveAddress({}, home);
        QVERIFY(answered());
        QCOMPARE(problem(u"line2"_qs), u"Remove the hidden characters that turn the text around."_qs);
        home[u"line2"_qs] = u"<img src=x onerror=alert(1)>"_qs;
        home[u"country"_qs] = u"ZZ"_qs;
        account.saveAddress({}, home);
        QVERIFY(answered());
        QCOMPARE(problem(u"country"_qs), u"Give the country as its two-letter code, for example FR."_qs);

        // A right one is added, comes back through the feed, is changed and removed.
        home[u"country"_qs] = u"fr"_qs;
        account.saveAddress({}, home);
        QVERIFY(answered());
        QVERIFY2(account.fieldErrors().isEmpty(), qPrintable(account.error()));
        QVERIFY(waitFor([&] { return account.addresses().size() == 1; }));
        const QVariantMap saved = account.addresses().first().toMap();
        QCOMPARE(saved.value(u"line2"_qs).toString(), u"<img src=x onerror=alert(1)>"_qs);
        QCOMPARE(saved.value(u"country"_qs).toString(), u"FR"_qs);
        home[u"city"_qs] = u"Lyon"_qs;
        home[u"postal_code"_qs] = u"69002"_qs;
        account.saveAddress(saved.value(u"id"_qs).toString(), home);
        QVERIFY(answered());
        QVERIFY(
            waitFor([&] { return account.addresses().value(0).toMap().value(u"city"_qs) == u"Lyon"_qs; }));
        account.deleteAddress(saved.value(u"id"_qs).toString());
        QVERIFY(answered());
        QVERIFY(waitFor([&] { return account.addresses().isEmpty(); }));

        // The password: a wrong current one, a short new one, then a change.
        account.changePassword(u"not-my-password"_qs, kNewPassword);
        QVERIFY(answered());
        QCOMPARE(problem(u"current"_qs), u"This is not your current password."_qs);
        account.changePassword(kPassword, u"short"_qs);
        QCOMPARE(problem(u"new"_qs), u"Choose a password of at least 10 characters."_qs);
        account.changePassword(kPassword, kNewPassword);
        QVERIFY(answered());
        QVERIFY2(account.fieldErrors().isEmpty(), qPrintable(account.error()));
        QVERIFY(shop.customer()->signedIn());
        QVERIFY(m_server->login(email, kPassword).empty());
        QVERIFY(!m_server->login(email, kNewPassword).empty());
    }

    // The real binary twice on one profile: the second hands its comptoir://reset link to the
    // first (which says so in its log) and exits at once instead of opening a second window.
    void aSecondShopHandsItsLinkToTheFirstAndExits()
    {
        QTemporaryDir profile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        env.insert(u"COMPTOIR_SECRET_STORE"_qs, u"file"_qs);
        env.insert(u"QT_LOGGING_RULES"_qs, u"comptoir.app.info=true"_qs);
        const QStringList shop{u"--mode"_qs, u"shop"_qs, u"--profile"_qs, profile.path()};
        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(COMPTOIR_CLIENT_BINARY), shop);
        QVERIFY(first.waitForStarted());
        // Once it listens, a bare hand-over (come to the front) is taken.
        const app::SingleInstance probe(app::SingleInstance::keyFor(u"shop"_qs, profile.path()));
        QVERIFY(
            waitFor([&] { return probe.handOver({}, 200) || first.state() != QProcess::Running; }, 20000));
        QCOMPARE(first.state(), QProcess::Running);

        const QString link = u"comptoir://reset?token=AbCdEfGhIjKlMnOpQrStUvWxYz012345"_qs;
        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(QStringLiteral(COMPTOIR_CLIENT_BINARY), shop + QStringList{link});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAll().contains("already open"), "the second start says where its link went");
        QByteArray log;
        QVERIFY(waitFor([&] {
            log += first.readAll();
            return log.contains("handed over a link");
        }));
        QCOMPARE(first.state(), QProcess::Running); // the first stays, with the link
        first.kill();
        QVERIFY(first.waitForFinished());

        // A shop that died without closing its socket does not keep the next one from starting.
        QProcess again;
        again.setProcessEnvironment(env);
        again.start(QStringLiteral(COMPTOIR_CLIENT_BINARY), shop);
        QVERIFY(again.waitForStarted());
        QVERIFY(
            waitFor([&] { return probe.handOver({}, 200) || again.state() != QProcess::Running; }, 20000));
        QCOMPARE(again.state(), QProcess::Running);
        again.kill();
        QVERIFY(again.waitForFinished());
    }
};

QTEST_MAIN(ShopAccountTest)
#include "tst_shopaccount.moc"
