pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The card terminal beside the screen, simulated: it shows the amount and waits for a card. In
// this build a card is "tapped" by choosing one of the payment simulator's test cards.
ColumnLayout {
    id: root

    property string amountText: ""
    property bool waiting: true
    signal cardPresented(string number)

    spacing: Theme.space(3)

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: 360
        implicitHeight: 420
        radius: 36
        color: "#23272B"
        Rectangle {
            anchors.top: parent.top
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.topMargin: 36
            width: 280
            height: 170
            radius: 12
            color: "#CFE3D8"
            Column {
                anchors.centerIn: parent
                spacing: 8
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: root.amountText
                    font.family: Theme.fontFamily
                    font.pixelSize: 40
                    font.weight: Font.Bold
                    color: "#1B2A23"
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: root.waiting ? qsTr("Tap or insert card") : qsTr("Please wait…")
                    font.family: Theme.fontFamily
                    font.pixelSize: 20
                    color: "#1B2A23"
                }
            }
        }
        Text {
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 60
            anchors.horizontalCenter: parent.horizontalCenter
            text: ")))"
            font.pixelSize: 64
            font.weight: Font.Bold
            color: root.waiting ? Theme.accent : "#5A6066"
            rotation: -90
            SequentialAnimation on opacity {
                running: root.waiting
                loops: Animation.Infinite
                NumberAnimation { to: 0.3; duration: 700 }
                NumberAnimation { to: 1; duration: 700 }
            }
        }
    }

    Caption {
        Layout.alignment: Qt.AlignHCenter
        visible: root.waiting
        text: qsTr("Simulated terminal: choose a test card")
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        visible: root.waiting
        spacing: Theme.space(1)
        Repeater {
            model: [
                { label: qsTr("Visa ···· 4242"), number: "4242424242424242" },
                { label: qsTr("Declined ···· 0002"), number: "4000000000000002" },
                { label: qsTr("No funds ···· 9995"), number: "4000000000009995" }
            ]
            delegate: ActionButton {
                required property var modelData
                objectName: "card-" + modelData.number
                kind: "secondary"
                compact: true
                text: modelData.label
                onClicked: root.cardPresented(modelData.number)
            }
        }
    }
}
