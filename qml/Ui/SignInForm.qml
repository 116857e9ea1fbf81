pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// Signing in with an email and a password, for the shop's customers and the staff console: the
// server's address, the two fields, the button, and what went wrong in words. Drives an
// AccountAccess (Comptoir.App): its busy, error and signedIn say how it went.
ColumnLayout {
    id: root

    required property var access
    property string title: qsTr("Sign in")
    property string submitText: qsTr("Sign in")

    spacing: Theme.space(2)

    function submit() {
        root.access.serverUrl = server.text
        root.access.signIn(email.text, password.text)
    }

    Heading {
        Layout.fillWidth: true
        level: 2
        wrapMode: Text.WordWrap
        text: root.title
    }
    FormField {
        id: server
        objectName: "serverField"
        Layout.fillWidth: true
        label: qsTr("Server address")
        text: root.access.serverUrl
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        onSubmitted: email.field.forceActiveFocus()
    }
    FormField {
        id: email
        objectName: "emailField"
        Layout.fillWidth: true
        label: qsTr("Email address")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        onSubmitted: password.field.forceActiveFocus()
    }
    FormField {
        id: password
        objectName: "passwordField"
        Layout.fillWidth: true
        label: qsTr("Password")
        echoMode: TextInput.Password
        onSubmitted: root.submit()
    }
    Body {
        objectName: "signInError"
        Layout.fillWidth: true
        visible: root.access.error.length > 0
        text: root.access.error
        color: Theme.danger
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }
    RowLayout {
        Layout.fillWidth: true
        ActionButton {
            objectName: "signInButton"
            Layout.fillWidth: true
            text: root.submitText
            enabled: !root.access.busy
            onClicked: root.submit()
        }
        BusyDots {
            visible: root.access.busy
        }
    }
    Component.onCompleted: (server.text.length > 0 ? email : server).field.forceActiveFocus()
}
