pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Signing in on a till: tap your tile (who signed in here lately) or type your email, then your
// PIN. First time, or PIN locked: the password, with a PIN to choose for next time.
Rectangle {
    id: root

    // Set by the lock screen: who was signed in (their tile is chosen), and that it is a lock.
    property string presetEmail: ""
    property bool passwordMode: false
    property string email: presetEmail

    color: Theme.background

    function submitPin(pin) {
        App.staff.signInWithPin(root.email, pin)
        pad.clear()
    }

    Connections {
        target: App.staff
        function onErrorChanged() { pad.focusField() }
    }

    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), Theme.fieldWidth + Theme.panelWidth + Theme.space(13))
        height: Math.min(parent.height - Theme.space(8), content.implicitHeight + Theme.space(8))

        RowLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.space(4)
            spacing: Theme.space(4)

            ColumnLayout {
                Layout.preferredWidth: Theme.fieldWidth
                Layout.maximumWidth: Theme.fieldWidth
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.space(1.5)
                Heading {
                    level: 2
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: root.presetEmail.length > 0 ? qsTr("Locked") : qsTr("Who is at the till?")
                }
                Caption {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: App.session.storeName.length > 0 ? App.session.storeName : App.staff.serverUrl
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    Repeater {
                        model: App.staff.recentStaff
                        delegate: Chip {
                            required property var modelData
                            required property int index
                            objectName: "staffTile" + index
                            text: modelData.name
                            selected: root.email.toLowerCase() === modelData.email.toLowerCase()
                            Accessible.name: qsTr("Sign in as %1").arg(modelData.name)
                            onClicked: {
                                root.email = modelData.email
                                emailField.text = modelData.email
                                pad.focusField()
                            }
                        }
                    }
                }
                FormField {
                    id: emailField
                    objectName: "pinEmailField"
                    Layout.fillWidth: true
                    label: qsTr("Email address")
                    text: root.email
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    onTextChanged: root.email = text
                    onSubmitted: root.passwordMode ? password.field.forceActiveFocus() : pad.focusField()
                }
                FormField {
                    id: password
                    objectName: "pinPasswordField"
                    visible: root.passwordMode
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    echoMode: TextInput.Password
                    onSubmitted: newPin.field.forceActiveFocus()
                }
                FormField {
                    id: newPin
                    objectName: "newPinField"
                    visible: root.passwordMode
                    Layout.fillWidth: true
                    label: qsTr("New PIN for next time (4 to 8 digits, optional)")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    onSubmitted: passwordButton.clicked()
                }
                ActionButton {
                    id: passwordButton
                    objectName: "passwordSignIn"
                    visible: root.passwordMode
                    Layout.fillWidth: true
                    enabled: !App.staff.busy
                    text: qsTr("Sign in")
                    onClicked: App.staff.signInAndSetPin(root.email, password.text, newPin.text)
                }
                Body {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    visible: App.staff.error.length > 0
                    text: App.staff.error
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                }
                ActionButton {
                    objectName: "togglePassword"
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.fieldWidth
                    kind: "quiet"
                    compact: true
                    text: root.passwordMode ? qsTr("Sign in with my PIN")
                                            : qsTr("First time? Use your password")
                    onClicked: root.passwordMode = !root.passwordMode
                }
            }
            StaffPinPad {
                id: pad
                visible: !root.passwordMode
                Layout.preferredWidth: Theme.panelWidth
                Layout.alignment: Qt.AlignTop
                busy: App.staff.busy
                onSubmitted: pin => root.submitPin(pin)
            }
        }
    }
    Component.onCompleted: root.email.length > 0 ? pad.focusField() : emailField.field.forceActiveFocus()
}
