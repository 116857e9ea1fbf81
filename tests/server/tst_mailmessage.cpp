// The pieces of a mail without a server: RFC 2047 subjects (words of at most 75 characters that
// decode back to the text, whole UTF-8 characters each), a message's lines (CRLF only, none over
// 78 characters), the QR code's PNG, the text rules of profile fields, and the sender's backoff.
#include "domain/mailmessage.h"
#include "domain/mailsender.h"
#include "domain/qrpng.h"
#include "domain/textrules.h"

#include <QRegularExpression>
#include <QtEndian>
#include <QtTest>

using namespace comptoir::server;

class TestMailMessage : public QObject {
    Q_OBJECT

private slots:
    void asciiSubjectsStayAsTheyAre()
    {
        QCOMPARE(encodeHeaderText(u"Order PAR-000042 confirmed"_qs),
                 QByteArray("Order PAR-000042 confirmed"));
    }

    void utf8SubjectsBecomeShortEncodedWordsThatDecodeBack()
    {
        const QString subject = u"Réinitialiser votre mot de passe Comptoir — déjà 🌸 presque fini, Zoé"_qs;
        const QByteArray encoded = encodeHeaderText(subject);
        QByteArray decoded;
        for (const QByteArray& line : encoded.split('\n')) {
            const QByteArray word = line.trimmed();
            QVERIFY2(word.size() <= 75, word.constData());
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            // Each word is valid UTF-8 on its own (no character cut in two).
            QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes);
            decoded += bytes;
        }
        QCOMPARE(QString::fromUtf8(decoded), subject);
    }

    void messagesHaveTheHeadersAndShortCrlfLines()
    {
        MailContent content;
        content.subject = u"Commande confirmée"_qs;
        content.text = QString(500, u'é') + u"\nligne deux"_qs;
        content.html = u"<p>"_qs + QString(3000, u'x') + u"</p>"_qs;
        content.images.append(
            InlineImage{"qr-1@comptoir", "image/png", u"qr.png"_qs, qrCodePng(u"comptoir:order:1"_qs)});
        const QByteArray message =
            composeMessage({u"Comptoir <no-reply@comptoir.local>"_qs, u"a@example.fr"_qs,
                            u"m1@comptoir.local"_qs, QDateTime(QDate(2026, 12, 6), QTime(20, 0), Qt::UTC)},
                           content);
        QVERIFY(message.startsWith("Date: Sun, 06 Dec 2026 20:00:00 +0000\r\n"));
        QVERIFY(message.contains("\r\nMessage-ID: <m1@comptoir.local>\r\n"));
        QVERIFY(message.contains("\r\nFrom: \"Comptoir\" <no-reply@comptoir.local>\r\n"));
        QVERIFY(message.contains("\r\nTo: a@example.fr\r\n"));
        QVERIFY(message.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(message.contains("Content-Type: multipart/related"));
        QVERIFY(message.contains("Content-ID: <qr-1@comptoir>"));
        QCOMPARE(message.count('\n'), message.count("\r\n"));
        for (const QByteArray& line : message.split('\n'))
            QVERIFY2(line.size() <= 79, line.left(80).constData());
    }

    void addressesThatCouldBreakAHeaderAreUnsafe()
    {
        QVERIFY(isSafeAddress(u"claire.martin+shop@example.fr"_qs));
        QVERIFY(!isSafeAddress(u"a@b.fr>\r\nBcc: x@y.z"_qs));
        QVERIFY(!isSafeAddress(u"\"a b\"@example.fr"_qs));
        QVERIFY(!isSafeAddress(u"a,b@example.fr"_qs));
        QCOMPARE(bareAddress(u"Boutique <shop@comptoir.test>"_qs), u"shop@comptoir.test"_qs);
    }

    void qrCodeIsAPng()
    {
        const QByteArray png = qrCodePng(u"comptoir:order:ord_01"_qs, 4);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
        const auto side = qFromBigEndian<quint32>(png.constData() + 16);
        QVERIFY(side >= (21 + 8) * 4); // at least a version-1 symbol with its quiet zone
        QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    }

    void textRules()
    {
        QVERIFY(!textProblem(u"Zoé 🌸 山田 زينب <b>&"_qs, 200));
        QVERIFY(textProblem(u"a\nb"_qs, 200));
        QVERIFY(textProblem(u"a\u0085b"_qs, 200));
        QVERIFY(textProblem(u"a\u202Eb"_qs, 200));
        QVERIFY(textProblem(u"a\u2069b"_qs, 200));
        QVERIFY(textProblem(u"a\uFEFFb"_qs, 200));
        // Counted in characters: 200 emoji (400 UTF-16 units) fit in 200.
        QVERIFY(!textProblem(QString(200, QChar(0x263a)), 200));
        QString emoji;
        for (int i = 0; i < 200; ++i)
            emoji += u"🌸"_qs;
        QVERIFY(!textProblem(emoji, 200));
        QVERIFY(textProblem(emoji + u"x"_qs, 200));
    }

    void backoffDoublesUpToItsCeiling()
    {
        MailSender::Settings s;
        s.firstBackoff = std::chrono::milliseconds(1000);
        s.maxBackoff = std::chrono::milliseconds(60 * 60 * 1000);
        QCOMPARE(MailSender::backoff(1, s).count(), 1000);
        QCOMPARE(MailSender::backoff(2, s).count(), 2000);
        QCOMPARE(MailSender::backoff(5, s).count(), 16000);
        QCOMPARE(MailSender::backoff(40, s).count(), 60 * 60 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
