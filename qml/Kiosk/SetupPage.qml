pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// First start, for the operator installing the kiosk: the server, the device token from
// POST /devices, and a PIN that guards the operator menu from then on.
Rectangle {
    id: root

    readonly property bool showsTopBar: false
    property QQC2.TextField focusedField

    Component.onCompleted: {
        focusedField = server.input;
        server.input.forceActiveFocus();
    }

    color: Theme.background

    component Field: ColumnLayout {
        id: field
        property alias label: fieldLabel.text
        property alias input: input
        Layout.fillWidth: true
        spacing: 4
        Body {
            small: true
            id: fieldLabel
            strong: true
            color: Theme.inkMuted
        }
        QQC2.TextField {
            id: input
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.ink
            leftPadding: Theme.space(2)
            background: Rectangle {
                radius: Theme.radiusSmall
                color: Theme.surface
                border.width: 2
                border.color: input.activeFocus ? Theme.primary : Theme.line
            }
            onActiveFocusChanged: {
                if (activeFocus)
                    root.focusedField = input
            }
        }
    }

    // The form scrolls above the keyboard: nothing of it hides behind the keys.
    Flickable {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.top
        contentHeight: form.implicitHeight + Theme.space(6)
        clip: true

        ColumnLayout {
            id: form
            y: Theme.space(4)
            x: (parent.width - width) / 2
            width: Math.min(root.width - Theme.space(10), 1000)
            spacing: Theme.space(2)

            Heading {
                level: 2
                text: qsTr("Set up this kiosk")
                font.weight: Font.Bold
            }
            Body {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("For store staff. Register the kiosk on the server (POST /api/v1/devices, by a manager), then enter its address and the device token here. You will not be asked again.")
                color: Theme.inkMuted
            }
            Field {
                id: server
                label: qsTr("Server address")
                input.objectName: "serverField"
                input.text: App.kiosk.presetServerUrl
                input.placeholderText: "http://192.168.1.10:8080"
            }
            Field {
                id: token
                label: qsTr("Device token")
                input.objectName: "tokenField"
            }
            // The PIN and the button share a row: the form stays above the keyboard.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space(2)
                Field {
                    id: pin
                    label: qsTr("Operator PIN (4 to 12 digits), to open the operator menu later")
                    input.objectName: "pinField"
                    input.echoMode: TextInput.Password
                    input.inputMethodHints: Qt.ImhDigitsOnly
                }
                ActionButton {
                    objectName: "enrolButton"
                    Layout.alignment: Qt.AlignBottom
                    text: App.kiosk.setupBusy ? qsTr("Checking…") : qsTr("Set up")
                    enabled: !App.kiosk.setupBusy
                    onClicked: App.kiosk.enrol(server.input.text, token.input.text, pin.input.text)
                }
                BusyDots {
                    Layout.alignment: Qt.AlignVCenter
                    visible: App.kiosk.setupBusy
                }
            }
            Body {
                Layout.fillWidth: true
                visible: App.kiosk.setupError.length > 0
                wrapMode: Text.WordWrap
                text: App.kiosk.setupError
                color: Theme.danger
            }
        }
    }

    OnScreenKeyboard {
        id: keyboard
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        layout: App.session.language
        technical: true
        acceptText: qsTr("Next")
        visible: root.focusedField !== null
        onTyped: text => root.focusedField.insert(root.focusedField.cursorPosition, text)
        onBackspace: {
            const f = root.focusedField;
            if (f.cursorPosition > 0)
                f.remove(f.cursorPosition - 1, f.cursorPosition);
        }
        onAccepted: root.focusedField.nextItemInFocusChain().forceActiveFocus()
    }
}
