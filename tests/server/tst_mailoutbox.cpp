// The mail outbox through a real SMTP server (Debian's aiosmtpd, tests/support/smtpsink.py):
// the password reset end to end (the token read from the mail received), an order's
// confirmation (lines, VAT, total, QR code as an inline PNG) arriving once when it is paid and
// the ready-for-pickup notice after it, retries while the SMTP server refuses, and kill -9 of the
// server in the middle of a message: after the restart each mail arrives exactly once.
#include "demoaccounts.h"
#include "orderbodies.h"
#include "smtpsink.h"

#include <QDate>
#include <QRegularExpression>
#include <QtTest>

using namespace comptoir::test;

namespace {

const QString kPassword = u"un mot de passe sûr"_qs;
const QString kShirt = u"TSH-0001-S-GRIS-CHINE"_qs;

QString resetToken(const ReceivedMail& mail)
{
    static const QRegularExpression link(u"comptoir://reset\\?token=([A-Za-z0-9_-]+)"_qs);
    return link.match(mail.text()).captured(1);
}

} // namespace

class TestMailOutbox : public QObject {
    Q_OBJECT

private:
    SmtpSink m_sink;
    std::unique_ptr<TestServer> m_server;
    DemoAccounts m_accounts;
    int m_keys = 0;

    Reply resetRequest(const QString& email)
    {
        return m_server->client().post("/api/v1/auth/password-reset", {{u"email"_qs, email}});
    }
    QString cardToken()
    {
        const Reply r = m_server->client().post("/api/v1/payments/tokens",
                                                {{u"number"_qs, u"4242424242424242"_qs},
                                                 {u"exp_month"_qs, 12},
                                                 {u"exp_year"_qs, QDate::currentDate().year() + 3},
                                                 {u"cvc"_qs, u"123"_qs}});
        return r.status == 201 ? r.json().value(u"token"_qs).toString() : QString();
    }
    std::string nextKey() { return "mail-" + std::to_string(++m_keys); }
    bool drained() { return unsentMails(*m_server) == 0; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sink.start());
        TestServer::Options options;
        // A short lease, so that the test after kill -9 does not wait two minutes.
        options.extraArgs = {u"--smtp-url"_qs,           m_sink.url(),
                             u"--mail-from"_qs,          u"Boutique Comptoir <shop@comptoir.test>"_qs,
                             u"--mail-lease-seconds"_qs, u"3"_qs};
        m_server = std::make_unique<TestServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        QVERIFY(m_accounts.signInStaff(*m_server));
    }

    void passwordResetEndToEnd()
    {
        const QString email = u"ines@example.fr"_qs;
        const auto customer = registerCustomer(*m_server, email, u"Inès Dupré"_qs, kPassword);
        QCOMPARE(customer.registrationStatus, 201);
        const std::string other = m_server->login(email, kPassword);
        QCOMPARE(resetRequest(email).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messagesTo(email).size(), 1, 15000);
        const ReceivedMail mail = m_sink.messagesTo(email).first();
        QCOMPARE(mail.subject(), u"Réinitialiser votre mot de passe Comptoir"_qs);
        QCOMPARE(mail.header("To"), QByteArray("ines@example.fr"));
        QCOMPARE(mail.header("From"), QByteArray("\"Boutique Comptoir\" <shop@comptoir.test>"));
        QVERIFY(mail.header("Message-ID").endsWith("@comptoir.test>"));
        QCOMPARE(mail.header("MIME-Version"), QByteArray("1.0"));
        QVERIFY(mail.text().startsWith(u"Bonjour Inès Dupré,"_qs));
        const QString token = resetToken(mail);
        QVERIFY(!token.isEmpty());

        auto c = m_server->client();
        QCOMPARE(c.post("/api/v1/auth/password-reset/confirm",
                        {{u"token"_qs, token}, {u"password"_qs, u"tout nouveau mot de passe"_qs}})
                     .status,
                 204);
        QCOMPARE(c.get("/api/v1/me", customer.token).status, 401);
        QCOMPARE(c.get("/api/v1/me", other).status, 401);
        const Reply reused = c.post("/api/v1/auth/password-reset/confirm",
                                    {{u"token"_qs, token}, {u"password"_qs, u"encore un autre mot"_qs}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorFields(), QStringList{u"token"_qs});
        QVERIFY(!m_server->login(email, u"tout nouveau mot de passe"_qs).empty());
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 10000);
        QCOMPARE(m_sink.messagesTo(email).size(), 1);
    }

    void paidOrderConfirmationArrivesOnceThenReadyForPickup()
    {
        const QString email = u"paul@example.com"_qs;
        const auto customer = registerCustomer(*m_server, email, u"Paul"_qs, kPassword);
        auto c = m_server->client();
        QCOMPARE(c.patch("/api/v1/me", {{u"language"_qs, u"en"_qs}}, customer.token).status, 200);
        const Reply placed =
            c.post("/api/v1/orders",
                   {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kShirt}, {u"quantity"_qs, 2}}}},
                    {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}},
                   customer.token, idempotencyKey(nextKey()));
        QCOMPARE(placed.status, 201);
        const QString id = idOf(placed.json());
        const QString number = placed.json().value(u"number"_qs).toString();
        // Nothing is mailed for an order that is not paid.
        QVERIFY(m_sink.messagesTo(email).isEmpty());
        const std::string payKey = nextKey();
        const QJsonObject payment{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}};
        QCOMPARE(c.post(orderPath(id) + "/payments", payment, customer.token, idempotencyKey(payKey)).status,
                 201);
        // A replay of the same payment changes nothing and mails nothing more.
        QCOMPARE(c.post(orderPath(id) + "/payments", payment, customer.token, idempotencyKey(payKey)).status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messagesTo(email).size(), 1, 15000);
        const ReceivedMail confirmation = m_sink.messagesTo(email).first();
        QCOMPARE(confirmation.subject(), u"Order %1 confirmed"_qs.arg(number));
        const QString text = confirmation.text();
        QVERIFY2(text.contains(u"2 × "_qs), qPrintable(text));
        QVERIFY2(text.contains(u"incl. VAT 20%"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"Total incl. VAT: €"_qs), qPrintable(text));
        QVERIFY(confirmation.html().contains(u"cid:qr-"_qs));
        const QByteArray png = confirmation.part("image/png");
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(png.size() > 200);

        QCOMPARE(
            c.post(orderPath(id) + "/status", {{u"status"_qs, u"ready_for_pickup"_qs}}, m_accounts.staffParis)
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messagesTo(email).size(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 10000);
        const auto all = m_sink.messagesTo(email);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).subject(), u"Your order %1 is ready for pickup"_qs.arg(number));
    }

    void shippedDeliveryMailsItsNoticeInFrench()
    {
        const QString email = u"jeanne@example.fr"_qs;
        const auto customer = registerCustomer(*m_server, email, u"Jeanne"_qs, kPassword);
        auto c = m_server->client();
        const Reply placed = c.post(
            "/api/v1/orders",
            {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kShirt}, {u"quantity"_qs, 1}}}},
             {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"delivery"_qs},
                                             {u"address"_qs, u"12 rue des Lilas, 33000 Bordeaux"_qs}}}},
            customer.token, idempotencyKey(nextKey()));
        QCOMPARE(placed.status, 201);
        const QString id = idOf(placed.json());
        const QString number = placed.json().value(u"number"_qs).toString();
        QCOMPARE(c.post(orderPath(id) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}},
                        customer.token, idempotencyKey(nextKey()))
                     .status,
                 201);
        QCOMPARE(
            c.post(orderPath(id) + "/status", {{u"status"_qs, u"shipped"_qs}}, m_accounts.manager).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messagesTo(email).size(), 2, 15000);
        const auto mails = m_sink.messagesTo(email);
        QStringList subjects{mails.at(0).subject(), mails.at(1).subject()};
        subjects.sort();
        QCOMPARE(subjects, (QStringList{u"Commande %1 confirmée"_qs.arg(number),
                                        u"Votre commande %1 est expédiée"_qs.arg(number)}));
        const ReceivedMail& confirmation =
            mails.at(0).subject().startsWith(u"Commande"_qs) ? mails.at(0) : mails.at(1);
        QVERIFY(confirmation.text().contains(u"Livraison à : 12 rue des Lilas, 33000 Bordeaux"_qs));
        QVERIFY(confirmation.text().contains(u"dont TVA 20 %"_qs));
    }

    void counterSaleWithoutCustomerMailsNobody()
    {
        const int before = m_sink.messages().size();
        auto c = m_server->client();
        const Reply placed =
            c.post("/api/v1/orders",
                   {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kShirt}, {u"quantity"_qs, 1}}}},
                    {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}},
                   m_accounts.staffParis, idempotencyKey(nextKey()));
        QCOMPARE(placed.status, 201);
        QCOMPARE(c.post(orderPath(idOf(placed.json())) + "/payments",
                        {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}}, m_accounts.staffParis,
                        idempotencyKey(nextKey()))
                     .status,
                 201);
        // Only the customers' orders of the tests before: Paul's and Jeanne's.
        QCOMPARE(queuedMails(*m_server, u"order_paid"_qs), 2);
        QCOMPARE(m_sink.messages().size(), before);
    }

    void retriesWhileTheSmtpServerRefuses()
    {
        const QString email = u"retry@example.fr"_qs;
        QCOMPARE(registerCustomer(*m_server, email, u"R"_qs, kPassword).registrationStatus, 201);
        m_sink.setRefusing(true);
        QCOMPARE(resetRequest(email).status, 202);
        // Refused (451) and put back for later with a backoff.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->standardError().contains("mail not sent"), 10000);
        QVERIFY(m_sink.messagesTo(email).isEmpty());
        m_sink.setRefusing(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messagesTo(email).size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 10000);
        QCOMPARE(m_sink.messagesTo(email).size(), 1);
    }

    void killedMidSendEachMailArrivesExactlyOnce()
    {
        const QString email = u"crash@example.fr"_qs;
        QCOMPARE(registerCustomer(*m_server, email, u"C"_qs, kPassword).registrationStatus, 201);
        m_sink.setSlow(30);
        QCOMPARE(resetRequest(email).status, 202);
        // The message is on the wire: the sink holds its answer to DATA.
        QTRY_VERIFY_WITH_TIMEOUT(m_sink.receiving(), 15000);
        m_server->killHard();
        m_sink.setSlow(0);
        QVERIFY(m_sink.messagesTo(email).isEmpty()); // the cut transaction left nothing
        QVERIFY2(m_server->restart(), qPrintable(m_server->lastError()));
        // The row was left 'sending': once its lease runs out the restarted server sends it.
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messagesTo(email).size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 10000);
        QCOMPARE(m_sink.messagesTo(email).size(), 1);
        // And nothing sent before the crash went out again.
        QCOMPARE(m_sink.messagesTo(u"ines@example.fr"_qs).size(), 1);
        QCOMPARE(m_sink.messagesTo(u"paul@example.com"_qs).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMailOutbox)
#include "tst_mailoutbox.moc"
