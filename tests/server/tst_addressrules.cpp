// The rules of an address's fields without HTTP: the country list against the ISO 3166-1 list
// Debian ships (iso-codes), postal code formats, and the text a one-line field refuses.
#include "domain/addressrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QtTest>

using namespace comptoir::server;

class TestAddressRules : public QObject {
    Q_OBJECT

private slots:
    void countriesAreExactlyIsoAlpha2()
    {
        QFile file(u"/usr/share/iso-codes/json/iso_3166-1.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("Debian's iso-codes package is not installed: nothing to compare with.");
        QSet<QString> iso;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1"_qs).toArray())
            iso.insert(v.toObject().value(u"alpha_2"_qs).toString());
        QVERIFY(iso.size() >= 249);
        for (const QString& code : iso)
            QVERIFY2(isIso3166Alpha2(code), qPrintable(code));
        // Every two-letter combination: what ISO does not assign is refused.
        for (char16_t a = 'A'; a <= 'Z'; ++a)
            for (char16_t b = 'A'; b <= 'Z'; ++b) {
                const QString code = QString(QChar(a)) + QChar(b);
                QVERIFY2(isIso3166Alpha2(code) == iso.contains(code), qPrintable(code));
            }
    }

    void refusesWhatIsNotAnUpperCaseCode()
    {
        for (const QString& code :
             {u"fr"_qs, u"Fr"_qs, u"FRA"_qs, u"F"_qs, u""_qs, u"001"_qs, u"41"_qs, u"ＦＲ"_qs})
            QVERIFY2(!isIso3166Alpha2(code), qPrintable(code));
    }

    void frenchPostalCodesAreFiveDigits()
    {
        QVERIFY(postalCodeProblem(u"FR"_qs, u"75011"_qs).isEmpty());
        QVERIFY(postalCodeProblem(u"FR"_qs, u"97400"_qs).isEmpty());
        for (const QString& bad : {u""_qs, u"7501"_qs, u"750111"_qs, u"75 011"_qs, u"7501A"_qs, u" 75011"_qs})
            QVERIFY2(!postalCodeProblem(u"FR"_qs, bad).isEmpty(), qPrintable(bad));
    }

    void textRules()
    {
        QVERIFY(singleLineTextProblem(u"Zoé 👩‍👩‍👧 <b>'; DROP"_qs, 40).isEmpty());
        QVERIFY(singleLineTextProblem(QString(10, u'é'), 10).isEmpty());
        QVERIFY(!singleLineTextProblem(QString(11, u'é'), 10).isEmpty());
        for (const char16_t c :
             {u'\0', u'\n', u'\r', u'\t', char16_t(0x7f), char16_t(0x9f), char16_t(0x2028), char16_t(0x202a),
              char16_t(0x202e), char16_t(0x2066), char16_t(0x2069), char16_t(0xdc00)})
            QVERIFY2(!singleLineTextProblem(u"a"_qs + QChar(c) + u"b"_qs, 10).isEmpty(),
                     qPrintable(QString::number(c, 16)));
        // Marks are not overrides: U+200E/U+200F and U+202F (narrow no-break space) are text.
        for (const char16_t c : {char16_t(0x200e), char16_t(0x200f), char16_t(0x202f), char16_t(0x200d)})
            QVERIFY(singleLineTextProblem(u"a"_qs + QChar(c) + u"b"_qs, 10).isEmpty());
    }
};

QTEST_MAIN(TestAddressRules)
#include "tst_addressrules.moc"
