import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// "Still there?": shown for the last seconds before an idle kiosk starts again; a touch keeps
// the shopper's cart.
Rectangle {
    id: root

    property bool shown: false
    property int remainingSeconds: 0
    signal stayRequested()
    signal leaveRequested()

    color: Theme.scrim
    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }

    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("I am still here")
        Accessible.onPressAction: root.stayRequested()
        onClicked: root.stayRequested()
    }

    Panel {
        anchors.centerIn: parent
        width: 760
        height: column.implicitHeight + Theme.space(8)
        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - Theme.space(8)
            spacing: Theme.space(3)
            Heading {
                level: 2
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Are you still there?")
                font.weight: Font.Bold
            }
            Body {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("For your privacy, this kiosk starts again in %n second(s) and empties the cart.", "", root.remainingSeconds)
                color: Theme.inkMuted
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: root.remainingSeconds
                font.family: Theme.fontFamily
                font.pixelSize: Theme.displaySize * 1.5
                font.weight: Font.Bold
                color: Theme.accent
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.space(2)
                ActionButton {
                    text: qsTr("I'm still here")
                    onClicked: root.stayRequested()
                }
                ActionButton {
                    kind: "secondary"
                    text: qsTr("Start again")
                    onClicked: root.leaveRequested()
                }
            }
        }
    }
}
