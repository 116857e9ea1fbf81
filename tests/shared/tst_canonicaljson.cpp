// RFC 8785 (JSON Canonicalization Scheme) as the fiscal journal's hashes need it: sorted keys by
// UTF-16 code units, no whitespace, ECMAScript string escapes, integers only.
#include "comptoir/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using comptoir::canonicalJson;

class TestCanonicalJson : public QObject {
    Q_OBJECT

private slots:
    void sortsKeysAndDropsWhitespace()
    {
        const QJsonObject o{
            {u"b"_qs, 2}, {u"a"_qs, QJsonArray{1, u"x"_qs, true, QJsonValue()}}, {u"c"_qs, QJsonObject{}}};
        QCOMPARE(canonicalJson(o), std::string(R"({"a":[1,"x",true,null],"b":2,"c":{}})"));
    }

    // RFC 8785 §3.2.3: keys compare as UTF-16 code units, not code points: an emoji (U+1F600,
    // surrogates 0xD83D…) sorts before "！" (U+FF01), which a code point or UTF-8 order reverses.
    void ordersKeysByUtf16CodeUnits()
    {
        const QJsonObject o{{QString::fromUtf8("\xEF\xBC\x81"), 3},
                            {QString::fromUtf8("\xF0\x9F\x98\x80"), 2},
                            {QString::fromUtf8("\xC3\xA9"), 1},
                            {u"z"_qs, 0}};
        QCOMPARE(canonicalJson(o),
                 std::string("{\"z\":0,\"\xC3\xA9\":1,\"\xF0\x9F\x98\x80\":2,\"\xEF\xBC\x81\":3}"));
    }

    void escapesStringsAsEcmaScriptDoes()
    {
        const QString text = u"quote\" back\\ tab\t nl\n bell\x07 del\x7f caf\u00e9 </script>"_qs;
        QCOMPARE(
            canonicalJson(QJsonValue(text)),
            std::string("\"quote\\\" back\\\\ tab\\t nl\\n bell\\u0007 del\x7f caf\xC3\xA9 </script>\""));
    }

    void writesIntegersAndRefusesFractions()
    {
        QCOMPARE(canonicalJson(QJsonValue(-1999)), std::string("-1999"));
        QCOMPARE(canonicalJson(QJsonValue(9007199254740992.0)), std::string("9007199254740992"));
        QVERIFY_THROWS_EXCEPTION(comptoir::CanonicalJsonError, (void)canonicalJson(QJsonValue(0.5)));
        QVERIFY_THROWS_EXCEPTION(comptoir::CanonicalJsonError, (void)canonicalJson(QJsonValue(1e300)));
    }
};

QTEST_APPLESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
