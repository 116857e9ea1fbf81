// The barcode scanner at the till: ScanDetector's rules over explicit times (a scanner's burst, a
// person's digits, a bad check digit, a wrong length, a pause, a burst of five scans), then
// ScannerInput on a real window with a focused text field: a scan never reaches the field, what a
// person or a bad burst typed does, in order.
#include "app/till/scandetector.h"
#include "app/till/scannerinput.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtTest>

using namespace comptoir::app;
using Action = ScanDetector::Action;

namespace {

const QString kCode = u"3760123456784"_qs; // a valid EAN-13 (check digit 4)

// Feeds `keys` (digits, "\n" for Enter) `gapMs` apart from `startMs`; returns the actions and
// what a window would have delivered to the field, releasing held keys as ScannerInput does.
struct Fed {
    QList<Action> actions;
    QString delivered;
    QStringList scans;
};

Fed feed(ScanDetector& detector, const QString& keys, int gapMs, qint64 startMs = 1000)
{
    Fed out;
    QString held;
    qint64 at = startMs;
    for (const QChar c : keys) {
        const bool enter = c == u'\n';
        for (;;) {
            const Action a = detector.keyPressed(enter ? QString() : QString(c), enter, at);
            out.actions.append(a);
            if (a == Action::Release) {
                out.delivered += held;
                held.clear();
                detector.released();
                continue;
            }
            if (a == Action::Hold)
                held += c;
            else if (a == Action::Pass)
                out.delivered += enter ? u"⏎"_qs : QString(c);
            else if (a == Action::Scan) {
                held.clear();
                out.scans << detector.code();
            }
            break;
        }
        at += gapMs;
    }
    if (detector.idle(at + 1000) == Action::Release) {
        out.delivered += held;
        detector.released();
    }
    return out;
}

} // namespace

class ScannerInputTest : public QObject {
    Q_OBJECT

private slots:
    void checksEanCheckDigits()
    {
        QVERIFY(ScanDetector::isValidEan(kCode));
        QVERIFY(!ScanDetector::isValidEan(u"3760123456788"_qs));
        QVERIFY(ScanDetector::isValidEan(u"96385074"_qs)); // EAN-8
        QVERIFY(!ScanDetector::isValidEan(u"96385075"_qs));
        QVERIFY(!ScanDetector::isValidEan(u"376012345678"_qs)); // 12 digits
        QVERIFY(!ScanDetector::isValidEan(u"37601234567a9"_qs));
    }

    void aScannerBurstIsAScanAndNothingReachesTheField()
    {
        ScanDetector detector;
        const Fed fed = feed(detector, kCode + u'\n', 3);
        QCOMPARE(fed.scans, QStringList{kCode});
        QCOMPARE(fed.delivered, QString());
    }

    void digitsTypedByAPersonReachTheField()
    {
        ScanDetector detector;
        // 120 ms between keys: each digit is released by the next one's lateness.
        const Fed fed = feed(detector, kCode + u'\n', 120);
        QVERIFY(fed.scans.isEmpty());
        QCOMPARE(fed.delivered, kCode + u"⏎"_qs);
    }

    void garbageTypedFastIsNotAScan()
    {
        ScanDetector detector;
        const Fed badCheck = feed(detector, u"3760123456788\n"_qs, 2);
        QVERIFY(badCheck.scans.isEmpty());
        QCOMPARE(badCheck.delivered, u"3760123456788⏎"_qs);
        const Fed shortCode = feed(detector, u"12345\n"_qs, 2);
        QVERIFY(shortCode.scans.isEmpty());
        QCOMPARE(shortCode.delivered, u"12345⏎"_qs);
        // Fourteen digits: the fourteenth releases the thirteen before it.
        const Fed tooLong = feed(detector, kCode + u"1\n"_qs, 2);
        QVERIFY(tooLong.scans.isEmpty());
        QCOMPARE(tooLong.delivered, kCode + u"1⏎"_qs);
        const Fed letters = feed(detector, u"37601a23456789\n"_qs, 2);
        QVERIFY(letters.scans.isEmpty());
        QCOMPARE(letters.delivered, u"37601a23456789⏎"_qs);
    }

    void aPauseBeforeEnterIsNotAScan()
    {
        ScanDetector detector;
        Fed fed = feed(detector, kCode, 3);
        QVERIFY(fed.scans.isEmpty());
        QCOMPARE(fed.delivered, kCode); // released by the pause
        QCOMPARE(detector.keyPressed({}, true, 999999), Action::Pass);
    }

    void aBurstOfFiveScansOfOneCodeIsFiveScans()
    {
        // 5 × (13 digits + Enter) in 100 ms: each one complete and checksummed, so five items.
        ScanDetector detector;
        const Fed fed = feed(detector, (kCode + u'\n').repeated(5), 1);
        QCOMPARE(fed.scans, QStringList(5, kCode));
        QCOMPARE(fed.delivered, QString());
    }

    void enterAloneAndLettersPass()
    {
        ScanDetector detector;
        QCOMPARE(detector.keyPressed({}, true, 0), Action::Pass);
        QCOMPARE(detector.keyPressed(u"p"_qs, false, 1), Action::Pass);
        QCOMPARE(detector.heldCount(), 0);
    }

    void onAWindowAScanNeverReachesTheFocusedField()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nWindow { width: 300; height: 100; visible: true\n"
                          "  property alias field: input\n"
                          "  TextInput { id: input; anchors.fill: parent; focus: true }\n"
                          "  property int accepted: 0\n"
                          "  Connections { target: input; function onAccepted() { accepted++ } } }",
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto* window = qobject_cast<QQuickWindow*>(root.get());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* field = root->property("field").value<QQuickItem*>();
        field->forceActiveFocus();
        QTRY_VERIFY(field->hasActiveFocus());

        ScannerInput scanner;
        scanner.setWindow(window);
        QSignalSpy scans(&scanner, &ScannerInput::scanned);
        const auto type = [&](const QString& keys) {
            for (const QChar c : keys)
                QTest::keyClick(window, c == u'\n' ? Qt::Key_Return : Qt::Key(c.unicode()), Qt::NoModifier);
        };
        for (const QChar c : u"ab"_qs)
            QTest::keyClick(window, char(c.unicode()));
        type(kCode + u'\n');
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.first().first().toString(), kCode);
        QCOMPARE(field->property("text").toString(), u"ab"_qs);
        QCOMPARE(root->property("accepted").toInt(), 0);

        // Five at once: five scans, still nothing in the field.
        type((kCode + u'\n').repeated(5));
        QCOMPARE(scans.count(), 6);
        QCOMPARE(field->property("text").toString(), u"ab"_qs);

        // A bad check digit typed as fast reaches the field whole, and its Enter too.
        type(u"3760123456788\n"_qs);
        QCOMPARE(scans.count(), 6);
        QCOMPARE(field->property("text").toString(), u"ab3760123456788"_qs);
        QCOMPARE(root->property("accepted").toInt(), 1);

        // Digits with no Enter are held for a moment, then reach the field by themselves.
        type(u"42"_qs);
        QTRY_COMPARE(field->property("text").toString(), u"ab376012345678842"_qs);

        // Turned off, a scan is just typing.
        scanner.setEnabled(false);
        type(kCode);
        QCOMPARE(field->property("text").toString(), u"ab376012345678842"_qs + kCode);
        QCOMPARE(scans.count(), 6);
    }
};

QTEST_MAIN(ScannerInputTest)
#include "tst_scannerinput.moc"
