pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The operator menu behind the PIN chosen at setup (press and hold the Comptoir name for three
// seconds): sync now, set the kiosk up again, or quit.
QQC2.Popup {
    id: root

    property string typed: ""
    property bool unlocked: false
    property bool wrong: false
    signal syncRequested()
    signal forgetRequested()
    signal quitRequested()

    modal: true
    width: 560
    padding: Theme.space(4)
    onOpened: {
        typed = ""
        unlocked = false
        wrong = false
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }

    contentItem: ColumnLayout {
        spacing: Theme.space(2)
        Heading {
            level: 3
            text: root.unlocked ? qsTr("Operator menu") : qsTr("Operator PIN")
            font.weight: Font.Bold
        }
        Heading {
            level: 2
            font.weight: Font.Normal
            visible: !root.unlocked
            text: root.wrong ? qsTr("Wrong PIN") : "•".repeat(root.typed.length) + " "
            color: root.wrong ? Theme.danger : Theme.ink
        }
        GridLayout {
            visible: !root.unlocked
            columns: 3
            columnSpacing: Theme.space(1)
            rowSpacing: Theme.space(1)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: ActionButton {
                    required property string modelData
                    Layout.fillWidth: true
                    kind: modelData === "OK" ? "primary" : "secondary"
                    text: modelData
                    onClicked: {
                        root.wrong = false
                        if (modelData === "⌫")
                            root.typed = root.typed.slice(0, -1)
                        else if (modelData === "OK") {
                            root.unlocked = App.kiosk.checkPin(root.typed)
                            root.wrong = !root.unlocked
                            root.typed = ""
                        } else if (root.typed.length < 12)
                            root.typed += modelData
                    }
                }
            }
        }
        ActionButton {
            visible: root.unlocked
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Sync now")
            onClicked: {
                root.syncRequested()
                root.close()
            }
        }
        ActionButton {
            visible: root.unlocked
            Layout.fillWidth: true
            kind: "danger"
            text: qsTr("Set up again (forget this server)")
            onClicked: {
                root.close()
                root.forgetRequested()
            }
        }
        ActionButton {
            visible: root.unlocked
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Quit the kiosk")
            onClicked: root.quitRequested()
        }
        ActionButton {
            Layout.fillWidth: true
            kind: "quiet"
            text: qsTr("Close")
            onClicked: root.close()
        }
    }
}
