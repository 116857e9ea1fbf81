pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The store's click & collect and counter orders: one state at a time, newest first, live from
// the cache; the chosen order's pick list beside them, and what staff do with it (mark ready,
// cancel with a reason). A customer's receipt scanned (or its number typed) in the hand-over
// field hands that order over.
Item {
    id: root

    required property OrderQueueModel queue
    property string selectedId: ""
    readonly property bool cancelling: cancelPanel.visible

    // For the screenshot tour and the tests.
    function selectFirst() {
        if (list.count > 0)
            selectedId = queue.data(queue.index(0, 0), OrderQueueModel.IdRole)
    }
    function showState(state) { queue.state = state }

    OrderDesk {
        id: desk
        session: App.session
    }
    Connections {
        target: root.queue
        // Another state, or the chosen order moved on: choose the newest, so the pick list is never empty.
        function onModelReset() {
            if (root.queue.indexOf(root.selectedId) < 0)
                root.selectFirst()
        }
    }
    Component.onCompleted: {
        selectFirst()
        handOverField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Heading {
                level: 2
                text: qsTr("Orders")
            }
            Item { Layout.fillWidth: true }
            ScanField {
                id: handOverField
                objectName: "handOverField"
                Layout.preferredWidth: Math.min(420, root.width * 0.36)
                placeholderText: qsTr("Hand over: scan the receipt or type its number")
                enabled: !desk.busy
                onScanned: code => desk.handOver(code)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(1)
            Repeater {
                model: [
                    { state: OrderQueueModel.ToPrepare, name: qsTr("To prepare"), key: "toPrepare" },
                    { state: OrderQueueModel.Ready, name: qsTr("Ready"), key: "ready" },
                    { state: OrderQueueModel.Collected, name: qsTr("Collected"), key: "collected" },
                    { state: OrderQueueModel.Cancelled, name: qsTr("Cancelled"), key: "cancelled" }
                ]
                delegate: Chip {
                    required property var modelData
                    objectName: modelData.key + "Tab"
                    readonly property int count: [root.queue.toPrepareCount, root.queue.readyCount,
                                                  root.queue.collectedCount, root.queue.cancelledCount][modelData.state]
                    text: modelData.name + "  " + count
                    selected: root.queue.state === modelData.state
                    onClicked: root.queue.state = modelData.state
                }
            }
        }
        NoticeBar {
            objectName: "queueNotice"
            Layout.fillWidth: true
            text: desk.message
            refused: desk.refused
            onDismissed: desk.clearMessage()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(2)

            Panel {
                Layout.preferredWidth: root.width * 0.42
                Layout.fillHeight: true
                ListView {
                    id: list
                    objectName: "orderList"
                    anchors.fill: parent
                    anchors.margins: Theme.space(1)
                    clip: true
                    spacing: Theme.space(1)
                    model: root.queue
                    delegate: OrderRow {
                        width: ListView.view.width
                        selected: orderId === root.selectedId
                        onClicked: root.selectedId = orderId
                    }
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                }
                Body {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    color: Theme.inkMuted
                    text: root.queue.state === OrderQueueModel.ToPrepare ? qsTr("Nothing to prepare. New orders appear here by themselves.")
                                                                        : qsTr("No order here.")
                    width: parent.width - Theme.space(6)
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                PickListPanel {
                    id: pick
                    objectName: "pickList"
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    queue: root.queue
                    orderId: root.selectedId
                    busy: desk.busy
                    onReadyRequested: desk.markReady(root.selectedId)
                    onCancelRequested: cancelPanel.visible = true
                }
            }
        }
    }

    // Cancelling asks why: the reason goes with the request, and nothing happens without one.
    Rectangle {
        anchors.fill: parent
        visible: cancelPanel.visible
        color: Theme.scrim
        MouseArea { anchors.fill: parent }
    }
    Panel {
        id: cancelPanel
        objectName: "cancelPanel"
        visible: false
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), Theme.panelWidth * 1.5)
        height: cancelColumn.implicitHeight + Theme.space(6)
        property string reason: ""
        onVisibleChanged: reason = ""
        ColumnLayout {
            id: cancelColumn
            anchors.fill: parent
            anchors.margins: Theme.space(3)
            spacing: Theme.space(2)
            Heading {
                level: 3
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Cancel order %1?").arg(pick.number)
            }
            Body {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                small: true
                color: Theme.inkMuted
                text: qsTr("Its items go back on the shelf and the customer is refunded. Why is it cancelled?")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.space(1)
                Repeater {
                    model: [qsTr("The customer asked"), qsTr("An item is missing or damaged"),
                            qsTr("Not collected in time")]
                    delegate: Chip {
                        required property string modelData
                        required property int index
                        objectName: "cancelReason" + index
                        text: modelData
                        selected: cancelPanel.reason === modelData
                        onClicked: cancelPanel.reason = modelData
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                ActionButton {
                    kind: "secondary"
                    compact: true
                    text: qsTr("Keep the order")
                    onClicked: cancelPanel.visible = false
                }
                ActionButton {
                    objectName: "confirmCancel"
                    kind: "danger"
                    compact: true
                    enabled: cancelPanel.reason.length > 0 && !desk.busy
                    text: qsTr("Cancel the order")
                    onClicked: {
                        desk.cancel(root.selectedId, cancelPanel.reason)
                        cancelPanel.visible = false
                    }
                }
            }
        }
    }
}
