// Money: checked arithmetic on minor units and locale formatting.

#include "comptoir/money.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>

using namespace comptoir;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
const QChar kNarrowNbsp(0x202F);
const QChar kNbsp(0x00A0);

// Keeps the sign and the digits of a formatted amount: "-1 234,56 €" → "-123456".
QString signAndDigits(const QString& formatted)
{
    QString out;
    for (QChar c : formatted)
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            out += c;
    return out;
}

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void addsAndSubtractsInMinorUnits()
    {
        const Money a = Money::of(1999);
        const Money b = Money::of(501);
        QCOMPARE(a.plus(b), Money::of(2500));
        QCOMPARE(a.minus(b), Money::of(1498));
        QCOMPARE(b.minus(a), Money::of(-1498));
        QCOMPARE(a.times(3), Money::of(5997));
        QCOMPARE(a.times(0), Money::of(0));
        QCOMPARE(a.times(-2), Money::of(-3998));
        QVERIFY(Money::of(0).isZero());
        QVERIFY(!Money::of(1).isZero());
        QCOMPARE(Money{}.currency, u"EUR"_qs);
    }

    void keepsTheCurrencyThroughArithmetic()
    {
        const Money yen = Money::of(500, u"JPY"_qs);
        QCOMPARE(yen.plus(Money::of(1, u"JPY"_qs)).currency, u"JPY"_qs);
        QCOMPARE(yen.minus(Money::of(1, u"JPY"_qs)).currency, u"JPY"_qs);
        QCOMPARE(yen.times(4), Money::of(2000, u"JPY"_qs));
    }

    void reachesInt64BoundsExactlyWithoutThrowing()
    {
        QCOMPARE(Money::of(kMax - 1).plus(Money::of(1)).amount, kMax);
        QCOMPARE(Money::of(kMin + 1).minus(Money::of(1)).amount, kMin);
        QCOMPARE(Money::of(kMin).plus(Money::of(kMax)).amount, qint64(-1));
        QCOMPARE(Money::of(kMax).times(1).amount, kMax);
        QCOMPARE(Money::of(kMin).times(1).amount, kMin);
        QCOMPARE(Money::of(-(qint64(1) << 62)).times(2).amount, kMin);
    }

    void throwsOnOverflowAtInt64Bounds()
    {
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMax).plus(Money::of(1)));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMin).plus(Money::of(-1)));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMin).minus(Money::of(1)));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMax).minus(Money::of(-1)));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(0).minus(Money::of(kMin)));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMax).times(2));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMin).times(-1));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(kMax / 2 + 1).times(2));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(-3).times(kMax));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)checkedAdd(kMax, kMax));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)checkedMul(kMin, kMin));
        QCOMPARE(checkedAdd(kMax, kMin), qint64(-1));
        QCOMPARE(checkedMul(kMax, -1), -kMax);
    }

    void throwsOnCurrencyMismatch()
    {
        const Money eur = Money::of(100);
        const Money usd = Money::of(100, u"USD"_qs);
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)eur.plus(usd));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)eur.minus(usd));
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)usd.plus(eur));
        // A mismatch is reported even when the amounts are zero.
        QVERIFY_THROWS_EXCEPTION(MoneyError, (void)Money::of(0).plus(Money::of(0, u"JPY"_qs)));
    }

    void comparesAmountAndCurrency()
    {
        QCOMPARE(Money::of(100), Money::of(100, u"EUR"_qs));
        QVERIFY(Money::of(100) != Money::of(101));
        QVERIFY(Money::of(100) != Money::of(100, u"USD"_qs));
    }

    void formatsFrenchWithNarrowNoBreakGroupingAndNoBreakBeforeEuro_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("expected");
        const QString g = kNarrowNbsp;
        const QString e = QString(kNbsp) + u"€"_qs;
        QTest::newRow("thousands") << qint64(123456) << (u"1"_qs + g + u"234,56"_qs + e);
        QTest::newRow("zero") << qint64(0) << (u"0,00"_qs + e);
        QTest::newRow("one cent") << qint64(1) << (u"0,01"_qs + e);
        QTest::newRow("ten cents") << qint64(10) << (u"0,10"_qs + e);
        QTest::newRow("no grouping below 1000") << qint64(99999) << (u"999,99"_qs + e);
        QTest::newRow("exactly 1000") << qint64(100000) << (u"1"_qs + g + u"000,00"_qs + e);
        QTest::newRow("millions") << qint64(123456789) << (u"1"_qs + g + u"234"_qs + g + u"567,89"_qs + e);
        QTest::newRow("negative") << qint64(-123456) << (u"-1"_qs + g + u"234,56"_qs + e);
        QTest::newRow("negative cent") << qint64(-1) << (u"-0,01"_qs + e);
        QTest::newRow("int64 max") << kMax
                                   << (u"92"_qs + g + u"233"_qs + g + u"720"_qs + g + u"368"_qs + g +
                                       u"547"_qs + g + u"758,07"_qs + e);
        QTest::newRow("int64 min") << kMin
                                   << (u"-92"_qs + g + u"233"_qs + g + u"720"_qs + g + u"368"_qs + g +
                                       u"547"_qs + g + u"758,08"_qs + e);
    }

    void formatsFrenchWithNarrowNoBreakGroupingAndNoBreakBeforeEuro()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, expected);
        QCOMPARE(Money::of(amount).format(MoneyLocale::French), expected);
    }

    void formatsFrenchThousandsAsSpecified()
    {
        // The exact code points: U+202F between groups, U+00A0 before the euro sign.
        QCOMPARE(Money::of(123456).format(MoneyLocale::French), QString::fromUtf8("1\u202F234,56\u00A0€"));
    }

    void formatsEnglishWithSymbolFirst_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("euro thousands") << qint64(123456) << u"EUR"_qs << u"€1,234.56"_qs;
        QTest::newRow("euro zero") << qint64(0) << u"EUR"_qs << u"€0.00"_qs;
        QTest::newRow("euro negative") << qint64(-123456) << u"EUR"_qs << u"-€1,234.56"_qs;
        QTest::newRow("euro millions") << qint64(123456789) << u"EUR"_qs << u"€1,234,567.89"_qs;
        QTest::newRow("dollar") << qint64(5) << u"USD"_qs << u"$0.05"_qs;
        QTest::newRow("pound") << qint64(100000) << u"GBP"_qs << u"£1,000.00"_qs;
        QTest::newRow("int64 min") << kMin << u"EUR"_qs << u"-€92,233,720,368,547,758.08"_qs;
    }

    void formatsEnglishWithSymbolFirst()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money::of(amount, currency).format(MoneyLocale::English), expected);
    }

    void knowsMinorUnitDigitsPerCurrency()
    {
        QCOMPARE(minorUnitDigits(u"EUR"_qs), 2);
        QCOMPARE(minorUnitDigits(u"USD"_qs), 2);
        QCOMPARE(minorUnitDigits(u"JPY"_qs), 0);
        QCOMPARE(minorUnitDigits(u"KRW"_qs), 0);
        QCOMPARE(minorUnitDigits(u"KWD"_qs), 3);
        QCOMPARE(minorUnitDigits(u"BHD"_qs), 3);
    }

    void formatsYenWithoutDecimals()
    {
        const Money yen = Money::of(1234567, u"JPY"_qs);
        QCOMPARE(yen.format(MoneyLocale::French),
                 u"1"_qs + kNarrowNbsp + u"234"_qs + kNarrowNbsp + u"567"_qs + kNbsp + u"JPY"_qs);
        QCOMPARE(yen.format(MoneyLocale::English), u"JPY 1,234,567"_qs);
        QCOMPARE(Money::of(0, u"JPY"_qs).format(MoneyLocale::English), u"JPY 0"_qs);
        QCOMPARE(Money::of(-5, u"JPY"_qs).format(MoneyLocale::English), u"-JPY 5"_qs);
    }

    void formatsKuwaitiDinarWithThreeDecimals()
    {
        const Money kwd = Money::of(1234567, u"KWD"_qs);
        QCOMPARE(kwd.format(MoneyLocale::French), u"1"_qs + kNarrowNbsp + u"234,567"_qs + kNbsp + u"KWD"_qs);
        QCOMPARE(kwd.format(MoneyLocale::English), u"KWD 1,234.567"_qs);
        QCOMPARE(Money::of(5, u"KWD"_qs).format(MoneyLocale::English), u"KWD 0.005"_qs);
        QCOMPARE(Money::of(-50, u"KWD"_qs).format(MoneyLocale::French), u"-0,050"_qs + kNbsp + u"KWD"_qs);
    }

    void acceptsOnlyThreeUpperCaseLettersAsCurrencyCode()
    {
        QVERIFY(isCurrencyCode(u"EUR"_qs));
        QVERIFY(isCurrencyCode(u"JPY"_qs));
        QVERIFY(!isCurrencyCode(u"eur"_qs));
        QVERIFY(!isCurrencyCode(u"EU"_qs));
        QVERIFY(!isCurrencyCode(u"EURO"_qs));
        QVERIFY(!isCurrencyCode(u"E1R"_qs));
        QVERIFY(!isCurrencyCode(u""_qs));
        QVERIFY(!isCurrencyCode(u"ÉUR"_qs));
    }

    void formattedDigitsParseBackToTheAmount()
    {
        QRandomGenerator rng(20261123);
        const QStringList currencies = {u"EUR"_qs, u"JPY"_qs, u"KWD"_qs, u"GBP"_qs, u"CHF"_qs};
        const QList<qint64> edges = {0,   1,    -1,   9,    10,   99,       100,
                                     999, 1000, 1001, kMax, kMin, kMax - 1, kMin + 1};
        for (int i = 0; i < 50000; ++i) {
            qint64 amount = 0;
            if (i < edges.size()) {
                amount = edges[i];
            } else {
                // Spread the magnitudes over every digit count, not only huge numbers.
                const int bits = int(rng.bounded(64)) + 1;
                const quint64 raw = rng.generate64();
                amount = bits == 64 ? qint64(raw) : qint64(raw & ((quint64(1) << bits) - 1));
                if (rng.bounded(2) == 1 && amount != kMin)
                    amount = -amount;
            }
            const QString currency = currencies[i % currencies.size()];
            const Money money = Money::of(amount, currency);
            for (MoneyLocale locale : {MoneyLocale::French, MoneyLocale::English}) {
                const QString text = money.format(locale);
                bool ok = false;
                const qint64 parsed = signAndDigits(text).toLongLong(&ok);
                if (!ok || parsed != amount)
                    QFAIL(qPrintable(u"%1 %2 formatted as \"%3\""_qs.arg(amount).arg(currency, text)));
                // The decimal part always has exactly the currency's digit count.
                const int digits = minorUnitDigits(currency);
                const QChar decimal = locale == MoneyLocale::French ? QChar(u',') : QChar(u'.');
                if (digits == 0) {
                    QVERIFY(!text.contains(decimal));
                } else {
                    const qsizetype at = text.lastIndexOf(decimal);
                    QVERIFY(at > 0);
                    for (int k = 1; k <= digits; ++k)
                        QVERIFY(text[at + k].isDigit());
                    QVERIFY(at + digits + 1 == text.size() || !text[at + digits + 1].isDigit());
                }
                QCOMPARE(text.startsWith(u'-'), amount < 0);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
