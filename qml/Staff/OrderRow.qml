import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui

// One order in the queue: its number, where it came from, when, how much, and a flag when a
// pickup waits past its window.
QQC2.AbstractButton {
    id: root

    required property string orderId
    required property string number
    required property string channelText
    required property string placedText
    required property string waitingText
    required property string totalText
    required property int itemCount
    required property bool overdue
    property bool selected: false

    objectName: "order-" + number
    padding: Theme.space(1.5)
    implicitHeight: content.implicitHeight + topPadding + bottomPadding
    Accessible.name: number

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.selected ? Theme.surfaceAlt : (root.hovered ? Theme.background : Theme.surface)
        border.width: root.selected ? 2 : 1
        border.color: root.selected ? Theme.primary : Theme.line
    }
    contentItem: GridLayout {
        id: content
        columns: 3
        columnSpacing: Theme.space(2)
        rowSpacing: Theme.space(0.5)
        Body {
            text: root.number
            strong: true
        }
        Caption {
            Layout.fillWidth: true
            text: root.channelText
            elide: Text.ElideRight
        }
        Body {
            Layout.alignment: Qt.AlignRight
            text: root.totalText
        }
        Caption {
            text: root.placedText
        }
        Caption {
            Layout.fillWidth: true
            text: qsTr("%n item(s)", "", root.itemCount) + (root.waitingText.length > 0 ? " · " + root.waitingText : "")
            elide: Text.ElideRight
        }
        Rectangle {
            objectName: "overdueFlag"
            Layout.alignment: Qt.AlignRight
            visible: root.overdue
            radius: height / 2
            color: Theme.warning
            implicitHeight: flag.implicitHeight + Theme.space(1)
            implicitWidth: flag.implicitWidth + Theme.space(2)
            Caption {
                id: flag
                anchors.centerIn: parent
                text: qsTr("Past the pickup window")
                color: Theme.inkOnPrimary
            }
        }
    }
}
