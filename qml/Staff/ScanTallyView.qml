pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A delivery received or a shelf counted by scanning: each scan adds one to its line (the latest
// on top); a count shows what is on hand and the variance; then one adjustment per SKU is applied
// (a count asks for confirmation first, listing what will change).
Item {
    id: root

    property alias purpose: tally.purpose
    property bool active: false
    property alias tally: tally
    readonly property bool counting: purpose === ScanTally.Count

    onActiveChanged: if (active) scanField.forceActiveFocus()

    ScanTally {
        id: tally
        session: App.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            ScanField {
                id: scanField
                objectName: root.objectName + "Scan"
                Layout.fillWidth: true
                placeholderText: root.counting ? qsTr("Scan each item on the shelf (or type its barcode or SKU, then Enter)")
                                               : qsTr("Scan each item of the delivery (or type its barcode or SKU, then Enter)")
                enabled: !tally.busy
                onScanned: code => tally.scan(code)
            }
            ActionButton {
                kind: "secondary"
                compact: true
                text: root.counting ? qsTr("New count") : qsTr("New delivery")
                enabled: tally.count > 0 && !tally.busy
                onClicked: {
                    tally.clear()
                    scanField.forceActiveFocus()
                }
            }
        }
        NoticeBar {
            objectName: root.objectName + "Notice"
            Layout.fillWidth: true
            text: tally.message
            refused: tally.refused
            onDismissed: tally.clearMessage()
            visible: text.length > 0
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.space(1)
            Layout.rightMargin: Theme.space(1)
            spacing: Theme.space(2)
            visible: tally.count > 0
            Caption { Layout.fillWidth: true; text: qsTr("Item") }
            Caption { Layout.preferredWidth: 150; horizontalAlignment: Text.AlignHCenter; text: root.counting ? qsTr("Counted") : qsTr("Received") }
            Caption { visible: root.counting; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight; text: qsTr("On hand") }
            Caption { visible: root.counting; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight; text: qsTr("Variance") }
            Item { Layout.preferredWidth: 200 }
        }
        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: lines
                objectName: root.objectName + "Lines"
                anchors.fill: parent
                anchors.margins: Theme.space(1)
                clip: true
                spacing: Theme.space(1)
                model: tally
                delegate: RowLayout {
                    id: line
                    required property string sku
                    required property string name
                    required property string options
                    required property int scanned
                    required property int onHand
                    required property int variance
                    required property int lineState
                    required property string stateText
                    width: ListView.view.width
                    spacing: Theme.space(2)
                    objectName: "tally-" + sku
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Body { Layout.fillWidth: true; text: line.name; elide: Text.ElideRight }
                        Caption {
                            Layout.fillWidth: true
                            text: [line.options, line.sku].filter(t => t.length > 0).join(" · ")
                            elide: Text.ElideRight
                        }
                    }
                    QuantityStepper {
                        Layout.preferredWidth: 150
                        value: line.scanned
                        from: root.counting ? 0 : 1
                        to: 9999
                        enabled: line.lineState !== ScanTally.Sending && line.lineState !== ScanTally.Unconfirmed
                        onChangeRequested: value => tally.setScanned(line.sku, value)
                    }
                    Body {
                        visible: root.counting
                        Layout.preferredWidth: 80
                        horizontalAlignment: Text.AlignRight
                        text: line.onHand
                    }
                    Body {
                        objectName: "variance-" + line.sku
                        visible: root.counting
                        Layout.preferredWidth: 80
                        horizontalAlignment: Text.AlignRight
                        strong: true
                        color: line.variance === 0 ? Theme.success : Theme.danger
                        text: line.variance > 0 ? "+" + line.variance : line.variance
                    }
                    Caption {
                        Layout.preferredWidth: 200
                        wrapMode: Text.WordWrap
                        text: line.stateText
                        color: line.lineState === ScanTally.Refused || line.lineState === ScanTally.Unconfirmed ? Theme.danger
                               : line.lineState === ScanTally.Applied ? Theme.success : Theme.inkMuted
                    }
                }
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            }
            Body {
                anchors.centerIn: parent
                visible: tally.count === 0
                width: parent.width - Theme.space(8)
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.inkMuted
                text: root.counting ? qsTr("Scan what is on the shelf. The console compares it with the stock and corrects it once you confirm.")
                                    : qsTr("Scan the items of the delivery as you unpack them. Each scan adds one.")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Body {
                Layout.fillWidth: true
                color: Theme.inkMuted
                text: qsTr("%n item(s) scanned", "", tally.units) + " · " + qsTr("%n line(s)", "", tally.count)
            }
            ActionButton {
                objectName: root.objectName + "Apply"
                enabled: tally.unsent > 0 && !tally.busy
                text: root.counting ? qsTr("Apply the count…") : qsTr("Receive %n item(s)", "", tally.units)
                onClicked: root.counting ? confirm.visible = true : tally.apply()
            }
        }
    }

    // A count changes the stock to what was found: it asks first, with each correction listed.
    Rectangle {
        anchors.fill: parent
        visible: confirm.visible
        color: Theme.scrim
        MouseArea { anchors.fill: parent }
    }
    Panel {
        id: confirm
        objectName: root.objectName + "Confirm"
        visible: false
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), Theme.panelWidth * 1.6)
        height: confirmColumn.implicitHeight + Theme.space(6)
        ColumnLayout {
            id: confirmColumn
            anchors.fill: parent
            anchors.margins: Theme.space(3)
            spacing: Theme.space(2)
            Heading {
                level: 3
                text: qsTr("Correct the stock to what was counted?")
            }
            Repeater {
                model: confirm.visible ? tally : null
                delegate: Body {
                    required property string sku
                    required property string name
                    required property int variance
                    required property int lineState
                    visible: lineState !== ScanTally.Applied
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    small: true
                    text: variance === 0 ? qsTr("%1 (%2): matches, nothing to change").arg(name).arg(sku)
                                         : qsTr("%1 (%2): %3").arg(name).arg(sku).arg(variance > 0 ? "+" + variance : variance)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                ActionButton {
                    kind: "secondary"
                    compact: true
                    text: qsTr("Keep counting")
                    onClicked: confirm.visible = false
                }
                ActionButton {
                    objectName: root.objectName + "ConfirmApply"
                    compact: true
                    text: qsTr("Correct the stock")
                    onClicked: {
                        confirm.visible = false
                        tally.apply()
                    }
                }
            }
        }
    }
}
