pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The chosen order: what it is, and its pick list bin by bin (the aisle, then each item with its
// options, SKU and how many), with what can be done to it in its state.
Item {
    id: root

    required property OrderQueueModel queue
    property string orderId: ""
    property bool busy: false
    property var order: ({})
    property var lines: []
    readonly property string number: order.number || ""
    signal readyRequested()
    signal cancelRequested()

    function refresh() {
        order = queue.summary(orderId)
        lines = queue.pickList(orderId)
    }
    onOrderIdChanged: refresh()
    Component.onCompleted: refresh()
    Connections {
        target: root.queue
        function onModelReset() { root.refresh() }
        function onCountsChanged() { root.refresh() }
    }

    Body {
        anchors.centerIn: parent
        visible: root.orderId.length === 0
        color: Theme.inkMuted
        text: qsTr("Choose an order to see its pick list.")
    }
    ColumnLayout {
        anchors.fill: parent
        visible: root.orderId.length > 0
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Heading {
                    objectName: "pickListNumber"
                    level: 2
                    text: root.number
                }
                Caption {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: [root.order.channelText, root.order.placedText, root.order.totalText,
                           root.order.waitingText].filter(t => t && t.length > 0).join(" · ")
                }
            }
            ActionButton {
                objectName: "cancelOrder"
                kind: "secondary"
                compact: true
                visible: root.order.state === OrderQueueModel.ToPrepare || root.order.state === OrderQueueModel.Ready
                enabled: !root.busy
                text: qsTr("Cancel…")
                onClicked: root.cancelRequested()
            }
            ActionButton {
                objectName: "markReady"
                compact: true
                visible: root.order.state === OrderQueueModel.ToPrepare
                enabled: !root.busy
                text: qsTr("Mark ready")
                onClicked: root.readyRequested()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            visible: root.order.overdue === true
            implicitHeight: overdueText.implicitHeight + Theme.space(2)
            radius: Theme.radiusSmall
            color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.15)
            Body {
                id: overdueText
                anchors.fill: parent
                anchors.margins: Theme.space(1)
                wrapMode: Text.WordWrap
                small: true
                text: root.order.state === OrderQueueModel.Ready
                      ? qsTr("Not collected within the pickup window: call the customer, or cancel the order to put the items back.")
                      : qsTr("Paid a while ago and still not prepared: the customer may be on the way.")
            }
        }
        Body {
            visible: root.order.state === OrderQueueModel.Ready
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            small: true
            color: Theme.inkMuted
            text: qsTr("To hand it over, scan the QR code of the customer's receipt or type the order's number above.")
        }
        ListView {
            id: lineList
            objectName: "pickLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.lines
            spacing: Theme.space(1)
            // Lines come bin by bin: each bin's name heads its first line.
            delegate: ColumnLayout {
                id: line
                required property var modelData
                required property int index
                width: ListView.view.width
                spacing: Theme.space(0.5)
                Caption {
                    visible: line.index === 0 || root.lines[line.index - 1].bin !== line.modelData.bin
                    topPadding: line.index === 0 ? 0 : Theme.space(1)
                    text: line.modelData.bin.toUpperCase()
                    font.weight: Font.DemiBold
                    color: Theme.primary
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(2)
                    Heading {
                        level: 3
                        Layout.preferredWidth: Theme.touchTarget
                        horizontalAlignment: Text.AlignRight
                        text: "× " + line.modelData.quantity
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Body {
                            Layout.fillWidth: true
                            text: line.modelData.name
                            elide: Text.ElideRight
                        }
                        Caption {
                            Layout.fillWidth: true
                            // The line's name already says its options: the codes are what a shelf label shows.
                            text: [line.modelData.sku, line.modelData.barcode].filter(t => t.length > 0).join(" · ")
                            elide: Text.ElideRight
                        }
                    }
                }
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        }
    }
}
