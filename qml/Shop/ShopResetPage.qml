pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A new password from the token the reset mail gave: the link opened by the desktop
// (comptoir://reset?token=…) or pasted on the sign-in page. A link that is not one of ours is
// refused in words before anything is sent; once the password is changed every sign-in of the
// account has ended, and the customer is sent to sign in with the new one.
Rectangle {
    id: root
    objectName: "shopResetPage"

    // The link or the bare token, as it came.
    property string token: ""
    signal done()
    // The password is changed: sign in with it.
    signal signInRequested()

    // The link as read: its token, or empty with the reason in App.customer.error.
    readonly property string readToken: App.customer.readResetLink(root.token)

    color: Theme.background

    Component.onCompleted: password.field.forceActiveFocus()

    Connections {
        target: App.customer
        function onPasswordReset() {
            root.signInRequested()
        }
    }

    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), Theme.fieldWidth + Theme.space(16))
        height: column.implicitHeight + Theme.space(8)
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.space(4)
            spacing: Theme.space(2)
            Heading {
                Layout.fillWidth: true
                level: 2
                wrapMode: Text.WordWrap
                text: qsTr("Choose a new password")
            }
            Body {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Once it is changed, you are signed out on every device, this one too, and sign in again with the new password.")
            }
            FormField {
                id: pasted
                objectName: "resetLink"
                Layout.fillWidth: true
                visible: root.readToken.length === 0
                label: qsTr("The link or code from the mail")
                placeholder: "comptoir://reset?token=…"
                text: root.token.length <= 200 ? root.token : ""
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onSubmitted: password.field.forceActiveFocus()
                onTextChanged: if (text !== root.token && text.length > 0) root.token = text
            }
            FormField {
                id: password
                objectName: "newPassword"
                Layout.fillWidth: true
                label: qsTr("New password (10 characters or more)")
                echoMode: TextInput.Password
                onSubmitted: repeat.field.forceActiveFocus()
            }
            FormField {
                id: repeat
                objectName: "repeatPassword"
                Layout.fillWidth: true
                label: qsTr("The new password again")
                echoMode: TextInput.Password
                onSubmitted: save.clicked()
            }
            Body {
                id: mismatch
                objectName: "resetMismatch"
                Layout.fillWidth: true
                visible: false
                text: qsTr("The two passwords differ: type the same one twice.")
                color: Theme.danger
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Body {
                objectName: "resetError"
                Layout.fillWidth: true
                visible: App.customer.error.length > 0
                text: App.customer.error
                color: Theme.danger
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    id: save
                    objectName: "resetButton"
                    Layout.fillWidth: true
                    text: qsTr("Change my password")
                    enabled: !App.customer.busy
                    onClicked: {
                        mismatch.visible = password.text !== repeat.text
                        if (!mismatch.visible)
                            App.customer.resetPassword(root.token, password.text)
                    }
                }
                BusyDots {
                    visible: App.customer.busy
                }
                ActionButton {
                    objectName: "resetCancel"
                    kind: "quiet"
                    text: qsTr("Cancel")
                    onClicked: root.done()
                }
            }
        }
    }
}
