pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Returns, from any store: the customer's receipt scanned (its QR code, whatever store or the web
// shop sold it) or a sale's number typed finds the sale; on the left its lines, how many of each
// come back; on the right whether they go back on sale, how the money goes back, and the return
// taken, with its slip. The scan field keeps the focus, so a receipt scanned at any moment opens
// its sale, and an item's barcode scanned brings one more of its line back. Ctrl+Enter takes the
// return, Escape clears the desk.
Item {
    id: root

    readonly property ReturnDesk desk: App.returns
    readonly property var result: desk.result

    // The screenshot tour: the till's last sale found by its receipt, a line chosen, taken back.
    function tourStep(step) {
        switch (step) {
        case "returns-1-found":
            desk.scan(App.till.receiptQr)
            return 1500
        case "returns-2-chosen": {
            const first = desk.lines[0]
            if (first)
                desk.setQuantity(first.sku, 1)
            desk.reason = qsTr("Does not fit")
            desk.refundMethod = "cash"
            return 600
        }
        case "returns-3-taken":
            desk.takeBack()
            return 2000
        }
        return 300
    }
    function refocus() { scanField.forceActiveFocus() }

    onVisibleChanged: if (visible) refocus()
    Component.onCompleted: refocus()

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.visible && !root.desk.busy
        onActivated: root.desk.takeBack()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.visible && root.desk.found
        onActivated: { root.desk.clear(); root.refocus() }
    }

    // One line of the result: what, then how much.
    component Line: RowLayout {
        id: line
        property string label
        property string value
        property bool strong: false
        Layout.fillWidth: true
        Body { Layout.fillWidth: true; text: line.label; strong: line.strong; elide: Text.ElideRight }
        Body { objectName: line.objectName + "Value"; text: line.value; strong: line.strong }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(2)
        spacing: Theme.space(2)

        // The sale and its lines.
        Panel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 58
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(3)
                spacing: Theme.space(1.5)

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(2)
                    Heading {
                        level: 2
                        text: qsTr("Returns")
                    }
                    ScanField {
                        id: scanField
                        objectName: "returnScanField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Scan the receipt's QR code or type the sale's number")
                        enabled: !root.desk.busy
                        onScanned: code => root.desk.scan(code)
                        onEnabledChanged: if (enabled && root.visible) forceActiveFocus()
                    }
                }
                NoticeBar {
                    objectName: "returnsNotice"
                    Layout.fillWidth: true
                    text: root.desk.message
                    refused: root.desk.refused
                    onDismissed: { root.desk.clearMessage(); root.refocus() }
                }
                BusyDots { visible: root.desk.busy }

                // Nothing on the desk yet: how to begin.
                Body {
                    objectName: "returnsHint"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.space(2)
                    visible: !root.desk.found
                    wrapMode: Text.WordWrap
                    color: Theme.inkMuted
                    text: qsTr("Scan the QR code on the customer's receipt: a sale of any store or of the web shop "
                               + "can come back here. A sale of this store can also be found by its number.")
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.desk.found
                    spacing: Theme.space(0.5)
                    Heading {
                        objectName: "saleNumber"
                        level: 3
                        text: qsTr("Sale %1").arg(root.desk.number)
                    }
                    Caption {
                        objectName: "saleFacts"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("Bought at %1 · paid %2 · refunded so far %3")
                                  .arg(root.desk.boughtAt).arg(root.desk.paidText).arg(root.desk.refundedText)
                    }
                }
                ListView {
                    id: lines
                    objectName: "returnLines"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.desk.found
                    clip: true
                    spacing: Theme.space(1)
                    model: root.desk.lines
                    delegate: Rectangle {
                        id: row
                        required property var modelData
                        objectName: "returnLine-" + modelData.sku
                        width: ListView.view.width
                        implicitHeight: rowLayout.implicitHeight + Theme.space(2)
                        radius: Theme.radiusSmall
                        color: modelData.chosen > 0 ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.08)
                                                    : Theme.surface
                        border.width: 1
                        border.color: modelData.chosen > 0 ? Theme.primary : Theme.line
                        RowLayout {
                            id: rowLayout
                            anchors.fill: parent
                            anchors.leftMargin: Theme.space(2)
                            anchors.rightMargin: Theme.space(1)
                            spacing: Theme.space(2)
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Body {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    text: row.modelData.name
                                    strong: true
                                }
                                Caption {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    color: row.modelData.returnable > 0 ? Theme.inkMuted : Theme.danger
                                    text: qsTr("%1 · sold %2 · returned %3 · %4 can come back")
                                              .arg(row.modelData.sku).arg(row.modelData.sold)
                                              .arg(row.modelData.returned).arg(row.modelData.returnable)
                                }
                            }
                            Body {
                                small: true
                                color: Theme.inkMuted
                                text: qsTr("%1 each").arg(row.modelData.unitRefundText)
                            }
                            QuantityStepper {
                                objectName: "returnQty-" + row.modelData.sku
                                from: 0
                                to: row.modelData.returnable
                                value: row.modelData.chosen
                                enabled: row.modelData.returnable > 0 && !root.desk.busy
                                onChangeRequested: value => {
                                    root.desk.setQuantity(row.modelData.sku, value)
                                    root.refocus()
                                }
                            }
                        }
                    }
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                }
                Item { Layout.fillHeight: true; visible: !root.desk.found }
            }
        }

        // What happens to the goods and the money, then the return taken.
        Panel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 42
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(3)
                spacing: Theme.space(1)

                Heading {
                    level: 3
                    text: qsTr("Coming back")
                }
                Caption { text: qsTr("The goods") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    Chip {
                        objectName: "restockYes"
                        focusPolicy: Qt.NoFocus
                        text: qsTr("Back on sale")
                        selected: root.desk.restock
                        onClicked: root.desk.restock = true
                    }
                    Chip {
                        objectName: "restockNo"
                        focusPolicy: Qt.NoFocus
                        text: qsTr("Damaged: not back on sale")
                        selected: !root.desk.restock
                        onClicked: root.desk.restock = false
                    }
                }
                Caption { text: qsTr("The refund") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    Chip {
                        objectName: "refundOriginal"
                        focusPolicy: Qt.NoFocus
                        text: qsTr("To the original payment")
                        selected: root.desk.refundMethod === "original"
                        onClicked: root.desk.refundMethod = "original"
                    }
                    Chip {
                        objectName: "refundCash"
                        focusPolicy: Qt.NoFocus
                        text: qsTr("Cash from the drawer")
                        available: root.desk.cashAvailable
                        selected: root.desk.refundMethod === "cash"
                        onClicked: root.desk.refundMethod = "cash"
                    }
                }
                Caption {
                    Layout.fillWidth: true
                    visible: !root.desk.cashAvailable
                    wrapMode: Text.WordWrap
                    color: root.desk.refundMethod === "cash" ? Theme.danger : Theme.inkMuted
                    text: qsTr("The drawer is not open: open it (F4) to refund in cash, or to refund a sale paid in cash.")
                }
                Caption { text: qsTr("Why it comes back (optional)") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    Repeater {
                        model: [qsTr("Does not fit"), qsTr("Faulty"), qsTr("Changed their mind")]
                        delegate: Chip {
                            required property string modelData
                            required property int index
                            objectName: "returnReason" + index
                            focusPolicy: Qt.NoFocus
                            text: modelData
                            selected: root.desk.reason === modelData
                            onClicked: root.desk.reason = selected ? "" : modelData
                        }
                    }
                }
                Line {
                    Layout.topMargin: Theme.space(1)
                    objectName: "estimateLine"
                    visible: root.desk.chosenUnits > 0
                    label: qsTr("%n item(s) coming back, about", "", root.desk.chosenUnits)
                    value: root.desk.estimateText
                    strong: true
                }
                ActionButton {
                    objectName: "takeReturn"
                    Layout.fillWidth: true
                    focusPolicy: Qt.NoFocus
                    enabled: root.desk.found && !root.desk.busy
                    text: qsTr("Take back and refund (Ctrl+Enter)")
                    onClicked: { root.desk.takeBack(); root.refocus() }
                }

                Item { Layout.fillHeight: true }

                // The return the server took, its refund as the server computed it, and the slip.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: resultColumn.implicitHeight + Theme.space(3)
                    visible: root.result.number !== undefined
                    radius: Theme.radiusSmall
                    color: Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.08)
                    border.width: 1
                    border.color: Theme.success
                    ColumnLayout {
                        id: resultColumn
                        anchors.fill: parent
                        anchors.margins: Theme.space(1.5)
                        spacing: Theme.space(0.5)
                        Caption {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: qsTr("Refunded for sale %1").arg(root.result.number || "")
                        }
                        Heading {
                            objectName: "refundTotalValue"
                            level: 3
                            text: root.result.refundTotalText || ""
                        }
                        Repeater {
                            model: root.result.refunds || []
                            delegate: Line {
                                required property var modelData
                                objectName: "refundBy-" + modelData.method
                                label: modelData.method
                                value: modelData.amountText
                            }
                        }
                        Caption {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: root.result.restock ? qsTr("The goods are back on sale here.")
                                                      : qsTr("The goods were not put back on sale.")
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.space(1)
                            Chip {
                                objectName: "slipRoll"
                                focusPolicy: Qt.NoFocus
                                text: qsTr("80 mm roll")
                                selected: root.desk.paperFormat === "roll80"
                                onClicked: { root.desk.paperFormat = "roll80"; root.desk.writeSlipPdf() }
                            }
                            Chip {
                                objectName: "slipA4"
                                focusPolicy: Qt.NoFocus
                                text: qsTr("A4")
                                selected: root.desk.paperFormat === "a4"
                                onClicked: { root.desk.paperFormat = "a4"; root.desk.writeSlipPdf() }
                            }
                            Item { Layout.fillWidth: true }
                            ActionButton {
                                objectName: "printSlip"
                                kind: "secondary"
                                compact: true
                                focusPolicy: Qt.NoFocus
                                text: qsTr("Print the slip")
                                onClicked: root.desk.printSlip()
                            }
                        }
                        Caption {
                            objectName: "slipPath"
                            Layout.fillWidth: true
                            visible: root.desk.slipPdfPath.length > 0
                            elide: Text.ElideMiddle
                            text: qsTr("PDF: %1").arg(root.desk.slipPdfPath)
                        }
                    }
                }
                ActionButton {
                    objectName: "nextReturn"
                    Layout.fillWidth: true
                    visible: root.desk.found
                    kind: "quiet"
                    compact: true
                    focusPolicy: Qt.NoFocus
                    text: qsTr("Next customer (Esc)")
                    onClicked: { root.desk.clear(); root.refocus() }
                }
            }
        }
    }
}
