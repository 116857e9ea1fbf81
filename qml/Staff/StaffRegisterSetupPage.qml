pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A manager makes this console a till, once: the server, their email and password, the store and
// a name for the till. Staff then sign in on it with their PIN.
Rectangle {
    id: root

    signal cancelled()

    color: Theme.background

    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), Theme.fieldWidth + Theme.space(8))
        height: form.implicitHeight + Theme.space(8)
        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.space(4)
            spacing: Theme.space(1.5)
            Heading {
                level: 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Set up this console as a till")
            }
            Caption {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("A manager signs in once; staff then sign in here with their PIN.")
            }
            FormField {
                id: server
                objectName: "setupServerField"
                Layout.fillWidth: true
                label: qsTr("Server address")
                text: App.staff.serverUrl
                onSubmitted: { App.staff.serverUrl = text; App.staff.loadStores(); email.field.forceActiveFocus() }
            }
            FormField {
                id: email
                objectName: "setupEmailField"
                Layout.fillWidth: true
                label: qsTr("Manager's email address")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onSubmitted: password.field.forceActiveFocus()
            }
            FormField {
                id: password
                objectName: "setupPasswordField"
                Layout.fillWidth: true
                label: qsTr("Manager's password")
                echoMode: TextInput.Password
                onSubmitted: tillName.field.forceActiveFocus()
            }
            Caption { text: qsTr("Store"); color: Theme.ink }
            QQC2.ComboBox {
                id: store
                objectName: "setupStore"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                model: App.staff.stores
                textRole: "name"
                valueRole: "id"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Store")
            }
            FormField {
                id: tillName
                objectName: "setupNameField"
                Layout.fillWidth: true
                label: qsTr("Name of this till")
                text: qsTr("Till 1")
                onSubmitted: enrol.clicked()
            }
            Body {
                objectName: "setupError"
                Layout.fillWidth: true
                visible: App.staff.error.length > 0
                text: App.staff.error
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    kind: "quiet"
                    text: qsTr("Cancel")
                    onClicked: root.cancelled()
                }
                Item { Layout.fillWidth: true }
                BusyDots { visible: App.staff.busy }
                ActionButton {
                    id: enrol
                    objectName: "enrolButton"
                    enabled: !App.staff.busy
                    text: qsTr("Set up the till")
                    onClicked: {
                        App.staff.serverUrl = server.text
                        App.staff.enrolRegister(email.text, password.text, store.currentValue || "", tillName.text)
                    }
                }
            }
        }
    }
    Component.onCompleted: {
        if (App.staff.serverUrl.length > 0)
            App.staff.loadStores()
        email.field.forceActiveFocus()
    }
}
