pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The store's stock: levels (search, low stock, one SKU's moves, write-offs and transfers), a
// delivery received by scanning it, a shelf counted by scanning it. Low-stock alerts arrive live
// at the top.
Item {
    id: root

    required property LowStockWatch lowStock
    property int view: 0 // 0 levels, 1 receive, 2 count
    // For the screenshot tour and the tests.
    property alias levels: levelsView
    property alias receiving: receiveView
    property alias counting: countView

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(1)
            Heading {
                level: 2
                text: qsTr("Stock")
                Layout.rightMargin: Theme.space(2)
            }
            Repeater {
                model: [qsTr("Levels"), qsTr("Receive a delivery"), qsTr("Count a shelf")]
                delegate: Chip {
                    required property string modelData
                    required property int index
                    objectName: ["levelsTab", "receiveTab", "countTab"][index]
                    text: modelData
                    selected: root.view === index
                    onClicked: root.view = index
                }
            }
            Item { Layout.fillWidth: true }
        }
        Rectangle {
            objectName: "lowStockAlerts"
            Layout.fillWidth: true
            visible: root.lowStock.count > 0
            implicitHeight: alertRow.implicitHeight + Theme.space(2)
            radius: Theme.radiusSmall
            color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.15)
            border.width: 1
            border.color: Theme.warning
            RowLayout {
                id: alertRow
                anchors.fill: parent
                anchors.leftMargin: Theme.space(2)
                anchors.rightMargin: Theme.space(1)
                Body {
                    objectName: "lowStockAlertText"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: qsTr("Running low: %1").arg(root.lowStock.alerts.length > 0 ? root.lowStock.alerts[0] : "")
                          + (root.lowStock.count > 1 ? "  " + qsTr("(+%n more)", "", root.lowStock.count - 1) : "")
                }
                ActionButton {
                    kind: "quiet"
                    compact: true
                    text: qsTr("Show low stock")
                    onClicked: {
                        root.view = 0
                        levelsView.showLowStock()
                        root.lowStock.dismissAll()
                    }
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.view
            StockLevelsView {
                id: levelsView
                objectName: "stockLevels"
            }
            ScanTallyView {
                id: receiveView
                objectName: "receiveView"
                purpose: ScanTally.Receive
                active: root.view === 1
            }
            ScanTallyView {
                id: countView
                objectName: "countView"
                purpose: ScanTally.Count
                active: root.view === 2
            }
        }
    }
}
