pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Signing in, or creating an account, side by side: a returning customer and a new one each
// find their form at once.
Rectangle {
    id: root
    objectName: "shopSignInPage"

    // Signed in or registered: back to where the customer was.
    signal done()
    // A reset token pasted or opened from the mail's link.
    signal resetRequested(string token)

    color: Theme.background

    Connections {
        target: App.customer
        function onUserChanged() {
            if (App.customer.signedIn)
                root.done()
        }
    }

    RowLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), Theme.fieldWidth * 2 + Theme.space(12))
        spacing: Theme.space(8)

        Panel {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the two halves share the row equally, whatever their titles
            Layout.preferredHeight: signInForm.implicitHeight + Theme.space(8)
            SignInForm {
                id: signInForm
                anchors.fill: parent
                anchors.margins: Theme.space(4)
                access: App.customer
                title: qsTr("I have an account")
            }
        }
        Panel {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the two halves share the row equally, whatever their titles
            Layout.preferredHeight: registerColumn.implicitHeight + Theme.space(8)
            ColumnLayout {
                id: registerColumn
                anchors.fill: parent
                anchors.margins: Theme.space(4)
                spacing: Theme.space(2)
                Heading {
                    Layout.fillWidth: true
                    level: 2
                    wrapMode: Text.WordWrap
                    text: qsTr("I am new here")
                }
                FormField {
                    id: name
                    objectName: "registerName"
                    Layout.fillWidth: true
                    label: qsTr("Your name")
                    onSubmitted: email.field.forceActiveFocus()
                }
                FormField {
                    id: email
                    objectName: "registerEmail"
                    Layout.fillWidth: true
                    label: qsTr("Email address")
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    onSubmitted: password.field.forceActiveFocus()
                }
                FormField {
                    id: password
                    objectName: "registerPassword"
                    Layout.fillWidth: true
                    label: qsTr("Password (10 characters or more)")
                    echoMode: TextInput.Password
                    onSubmitted: create.clicked()
                }
                ActionButton {
                    id: create
                    objectName: "registerButton"
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: qsTr("Create my account")
                    enabled: !App.customer.busy
                    onClicked: App.customer.registerAccount(name.text, email.text, password.text)
                }
            }
        }
    }
}
