pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The till's cash drawer: on the left what the cashier does (open it with a float, put cash in or
// take it out with a reason, read the X report, count and close it), on the right the report
// (running while open, the Z report once closed) with its PDF and the printer.
Item {
    id: root

    required property var drawer // CashDrawer

    // A report's line: what, then how much.
    component Line: RowLayout {
        id: line
        property string label
        property string value
        property bool strong: false
        property color tone: Theme.ink
        Layout.fillWidth: true
        Body { Layout.fillWidth: true; text: line.label; strong: line.strong; color: line.tone }
        Body { text: line.value; strong: line.strong; color: line.tone }
    }
    readonly property var report: drawer.report

    // The screenshot tour fills the fields as a cashier would.
    function typeForTour(field, text) {
        const fields = { float: floatField, amount: amountField, reason: reasonField, counted: countedField }
        fields[field].text = text
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(2)
        spacing: Theme.space(2)

        Panel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(3)
                spacing: Theme.space(1.5)

                Heading {
                    level: 2
                    text: qsTr("Cash drawer")
                }
                Body {
                    objectName: "drawerState"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    strong: root.drawer.leftOpen
                    color: root.drawer.leftOpen ? Theme.danger : Theme.ink
                    text: !root.drawer.hasRegister
                          ? qsTr("This console is not a till: only a till set up by a manager has a cash drawer.")
                          : !root.drawer.open ? qsTr("The drawer is closed. Count the float, then open it.")
                          : root.drawer.leftOpen
                            ? qsTr("Open since %1, an earlier day: count the cash and close it.").arg(root.drawer.openedAtText)
                            : qsTr("Open since %1 with a float of %2.").arg(root.drawer.openedAtText).arg(root.drawer.openingFloatText)
                }

                // Closed: the float.
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.drawer.hasRegister && !root.drawer.open
                    spacing: Theme.space(1)
                    FormField {
                        id: floatField
                        objectName: "floatField"
                        Layout.fillWidth: true
                        label: qsTr("Opening float")
                        placeholder: qsTr("For example 150")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        onSubmitted: root.drawer.openDrawer(floatField.text)
                    }
                    ActionButton {
                        objectName: "openDrawerButton"
                        Layout.alignment: Qt.AlignBottom
                        enabled: !root.drawer.busy
                        text: qsTr("Open the drawer")
                        onClicked: root.drawer.openDrawer(floatField.text)
                    }
                }

                // Open: pay-ins and pay-outs.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.drawer.open
                    spacing: Theme.space(1)
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.space(1)
                        FormField {
                            id: amountField
                            objectName: "movementAmount"
                            Layout.preferredWidth: 140
                            label: qsTr("Amount")
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                        }
                        FormField {
                            id: reasonField
                            objectName: "movementReason"
                            Layout.fillWidth: true
                            label: qsTr("Reason")
                            placeholder: qsTr("To the safe, change from the bank…")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.space(1)
                        ActionButton {
                            objectName: "payInButton"
                            Layout.fillWidth: true
                            kind: "secondary"
                            enabled: !root.drawer.busy
                            text: qsTr("Pay in")
                            onClicked: root.drawer.payIn(amountField.text, reasonField.text)
                        }
                        ActionButton {
                            objectName: "payOutButton"
                            Layout.fillWidth: true
                            kind: "secondary"
                            enabled: !root.drawer.busy
                            text: qsTr("Pay out")
                            onClicked: root.drawer.payOut(amountField.text, reasonField.text)
                        }
                        ActionButton {
                            objectName: "xReportButton"
                            Layout.fillWidth: true
                            kind: "quiet"
                            enabled: !root.drawer.busy
                            text: qsTr("X report")
                            onClicked: root.drawer.readReport()
                        }
                    }
                    Repeater {
                        model: root.drawer.movements
                        delegate: RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            Caption { text: modelData.atText }
                            Body {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                text: modelData.reason
                            }
                            Body {
                                text: modelData.amountText
                                color: modelData.kind === "in" ? Theme.success : Theme.ink
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.space(1)
                        spacing: Theme.space(1)
                        FormField {
                            id: countedField
                            objectName: "countedField"
                            Layout.fillWidth: true
                            label: qsTr("Cash counted in the drawer")
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            onSubmitted: root.drawer.close(countedField.text)
                        }
                        ActionButton {
                            objectName: "closeDrawerButton"
                            Layout.alignment: Qt.AlignBottom
                            enabled: !root.drawer.busy
                            text: qsTr("Close the drawer")
                            onClicked: root.drawer.close(countedField.text)
                        }
                    }
                }
                // After a close, another try says why in words.
                ActionButton {
                    objectName: "closeAgainButton"
                    visible: !root.drawer.open && root.report.final === true
                    kind: "quiet"
                    compact: true
                    text: qsTr("Close the drawer")
                    onClicked: root.drawer.close(countedField.text)
                }
                BusyDots { visible: root.drawer.busy }
                NoticeBar {
                    objectName: "drawerNotice"
                    Layout.fillWidth: true
                    text: root.drawer.message
                    refused: root.drawer.refused
                    onDismissed: root.drawer.clearMessage()
                }
                Item { Layout.fillHeight: true }
            }
        }

        Panel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(3)
                spacing: Theme.space(0.5)

                Heading {
                    level: 2
                    text: root.report.final === true ? qsTr("Z report") : qsTr("X report")
                }
                Body {
                    Layout.fillWidth: true
                    visible: root.report.orders === undefined
                    wrapMode: Text.WordWrap
                    color: Theme.inkMuted
                    text: qsTr("The report shows here: X report while the drawer is open, Z report when it closes.")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.report.orders !== undefined
                    spacing: Theme.space(0.5)
                    Line { label: qsTr("Orders"); value: root.report.orders !== undefined ? root.report.orders : "" }
                    Repeater {
                        model: root.report.byMethod || []
                        delegate: Line {
                            required property var modelData
                            objectName: "method-" + modelData.method
                            label: qsTr("%1 (%n payment(s))", "", modelData.count).arg(modelData.method)
                            value: modelData.amountText
                        }
                    }
                    Line { label: qsTr("Payments"); value: root.report.paymentsText || ""; strong: true }
                    Line {
                        label: qsTr("Refunds (%n)", "", root.report.refundsCount || 0)
                        value: root.report.refundsText || ""
                    }
                    Line { label: qsTr("Opening float"); value: root.report.floatText || "" }
                    Line { label: qsTr("Paid in"); value: root.report.inText || "" }
                    Line { label: qsTr("Paid out"); value: root.report.outText || "" }
                    Line {
                        objectName: "expectedLine"
                        label: qsTr("Cash expected"); value: root.report.expectedText || ""; strong: true
                    }
                    Line {
                        objectName: "countedLine"
                        visible: root.report.final === true
                        label: qsTr("Cash counted"); value: root.report.countedText || ""
                    }
                    Line {
                        objectName: "differenceLine"
                        visible: root.report.final === true
                        label: qsTr("Difference"); value: root.report.differenceText || ""; strong: true
                        tone: root.report.difference !== 0 ? Theme.danger : Theme.success
                    }
                    Body { Layout.topMargin: Theme.space(1); text: qsTr("VAT by rate"); strong: true }
                    Repeater {
                        model: root.report.tax || []
                        delegate: Line {
                            required property var modelData
                            label: qsTr("%1: net %2, VAT %3").arg(modelData.rate).arg(modelData.baseText).arg(modelData.taxText)
                            value: modelData.totalText
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.report.orders !== undefined
                    spacing: Theme.space(1)
                    Chip {
                        objectName: "reportRoll"
                        text: qsTr("80 mm roll")
                        selected: root.drawer.paperFormat === "roll80"
                        onClicked: { root.drawer.paperFormat = "roll80"; root.drawer.writeReportPdf() }
                    }
                    Chip {
                        objectName: "reportA4"
                        text: qsTr("A4")
                        selected: root.drawer.paperFormat === "a4"
                        onClicked: { root.drawer.paperFormat = "a4"; root.drawer.writeReportPdf() }
                    }
                    Item { Layout.fillWidth: true }
                    ActionButton {
                        objectName: "printReport"
                        kind: "secondary"
                        compact: true
                        text: qsTr("Print")
                        onClicked: root.drawer.printReport()
                    }
                }
                Caption {
                    Layout.fillWidth: true
                    visible: root.drawer.reportPdfPath.length > 0
                    elide: Text.ElideMiddle
                    text: qsTr("PDF: %1").arg(root.drawer.reportPdfPath)
                }
            }
        }
    }
}
