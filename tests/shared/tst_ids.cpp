// Identifiers (random ids, which strings are ids) and EAN-13 barcodes.

#include "comptoir/ean13.h"
#include "comptoir/ids.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace comptoir;

namespace {

// Crockford's base-32 alphabet, lower case: digits and letters without i, l, o, u.
const QString kCrockford = u"0123456789abcdefghjkmnpqrstvwxyz"_qs;

} // namespace

class TestIds : public QObject {
    Q_OBJECT

private slots:
    void newIdIsPrefixUnderscoreAnd26CrockfordCharacters()
    {
        for (const QString& prefix : {u"ord"_qs, u"prd"_qs, u"u"_qs}) {
            const QString id = newId(prefix);
            QCOMPARE(id.size(), prefix.size() + 1 + 26);
            QVERIFY(id.startsWith(prefix + u'_'));
            const QString body = id.mid(prefix.size() + 1);
            for (QChar c : body)
                QVERIFY2(kCrockford.contains(c), qPrintable(id));
            QVERIFY(isValidId(id));
        }
    }

    void newIdsUseOnlyTheCrockfordAlphabetAndAllOfIt()
    {
        QSet<QChar> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString body = newId(u"x"_qs).mid(2 + 10); // the random part
            for (QChar c : body)
                seen.insert(c);
        }
        QCOMPARE(seen.size(), kCrockford.size());
        for (QChar c : kCrockford)
            QVERIFY(seen.contains(c));
    }

    void newIdsStartWithTheirTimeAndSortByIt()
    {
        const auto millisOf = [](const QString& id) {
            qint64 millis = 0;
            for (QChar c : id.mid(4, 10))
                millis = millis * 32 + kCrockford.indexOf(c);
            return millis;
        };
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString first = newId(u"ord"_qs);
        const qint64 millis = millisOf(first);
        QVERIFY(millis >= before && millis <= QDateTime::currentMSecsSinceEpoch());
        // The next id is made in a later millisecond, however long that takes to come.
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > millis);
        const QString second = newId(u"ord"_qs);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(first < second, qPrintable(first + u" / "_qs + second));
        QVERIFY(millisOf(second) > millis && millisOf(second) <= after);
    }

    void newIdsAreUniqueOverAHundredThousand()
    {
        QSet<QString> ids;
        ids.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            ids.insert(newId(u"ord"_qs));
        QCOMPARE(ids.size(), 100000);
    }

    void acceptsIdsOfLettersDigitsDashAndUnderscore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("generated shape") << u"ord_01h2xcejqtf2nbrexx3vqjhp41"_qs << true;
        QTest::newRow("single char") << u"a"_qs << true;
        QTest::newRow("sku with dash") << u"TSHIRT-NAVY-M"_qs << true;
        QTest::newRow("digits") << u"0123456789"_qs << true;
        QTest::newRow("64 chars") << QString(64, u'a') << true;
        QTest::newRow("65 chars") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"ord 1"_qs << false;
        QTest::newRow("slash") << u"../etc"_qs << false;
        QTest::newRow("dot") << u"a.b"_qs << false;
        QTest::newRow("at sign") << u"sku@loc"_qs << false;
        QTest::newRow("accented letter") << u"caf\u00e9"_qs << false;
        QTest::newRow("fullwidth digit") << u"id\uff11"_qs << false;
        QTest::newRow("quote") << u"a'b"_qs << false;
        QTest::newRow("nul") << QString(QChar(0)) << false;
    }

    void acceptsIdsOfLettersDigitsDashAndUnderscore()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidId(text), valid);
    }

    void typedIdsCompareByValue()
    {
        QCOMPARE(ProductId{u"p1"_qs}, ProductId{u"p1"_qs});
        QVERIFY(ProductId{u"p1"_qs} != ProductId{u"p2"_qs});
        QVERIFY(ProductId{}.isEmpty());
        QVERIFY(!OrderId{u"o"_qs}.isEmpty());
    }

    void validatesRealEan13Barcodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Stabilo pen") << u"4006381333931"_qs << true;
        QTest::newRow("GS1 example") << u"5901234123457"_qs << true;
        QTest::newRow("Nutella (France)") << u"3017620422003"_qs << true;
        QTest::newRow("ISBN-13 book") << u"9780306406157"_qs << true;
        QTest::newRow("check digit zero") << u"0000000000000"_qs << true;
        QTest::newRow("Stabilo, wrong check digit") << u"4006381333932"_qs << false;
        QTest::newRow("GS1, wrong check digit") << u"5901234123450"_qs << false;
        QTest::newRow("transposed digits") << u"4003681333931"_qs << false;
        QTest::newRow("12 digits") << u"400638133393"_qs << false;
        QTest::newRow("14 digits") << u"40063813339310"_qs << false;
        QTest::newRow("letter") << u"400638133393A"_qs << false;
        QTest::newRow("space inside") << u"400638 333931"_qs << false;
        QTest::newRow("leading space") << u" 400638133393"_qs << false;
        QTest::newRow("dash") << u"4006381-33931"_qs << false;
        QTest::newRow("arabic-indic digits") << QString(13, QChar(0x0660)) << false;
        QTest::newRow("fullwidth digits") << QString(13, QChar(0xFF10)) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void validatesRealEan13Barcodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidEan13(code), valid);
    }

    void computesEan13CheckDigits()
    {
        QCOMPARE(ean13CheckDigit(u"400638133393"_qs), 1);
        QCOMPARE(ean13CheckDigit(u"590123412345"_qs), 7);
        QCOMPARE(ean13CheckDigit(u"301762042200"_qs), 3);
        QCOMPARE(ean13CheckDigit(u"978030640615"_qs), 7);
        QCOMPARE(ean13CheckDigit(u"000000000000"_qs), 0);
        QCOMPARE(ean13CheckDigit(u"40063813339"_qs), -1);
        QCOMPARE(ean13CheckDigit(u"4006381333931"_qs), -1);
        QCOMPARE(ean13CheckDigit(u"40063813339x"_qs), -1);
        QCOMPARE(ean13CheckDigit(u"/00638133393"_qs), -1); // '/' is just below '0'
        QCOMPARE(ean13CheckDigit(u":00638133393"_qs), -1); // ':' is just above '9'
    }

    void exactlyOneCheckDigitMakesAValidCode()
    {
        for (const QString& body : {u"400638133393"_qs, u"590123412345"_qs, u"123456789012"_qs}) {
            int validCount = 0;
            for (int d = 0; d <= 9; ++d)
                if (isValidEan13(body + QString::number(d)))
                    ++validCount;
            QCOMPARE(validCount, 1);
        }
    }
};

QTEST_APPLESS_MAIN(TestIds)
#include "tst_ids.moc"
