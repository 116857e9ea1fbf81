pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A discount above 20 %: a manager types their email and PIN on the till before the payment goes
// on. The PIN is masked, sent once with this sale's order and kept nowhere; a refusal is said
// here and the sale stays as it was.
QQC2.Popup {
    id: root

    required property var sale // TillSale

    // The screenshot tour: the manager's email typed, the PIN half typed.
    function fillForTour(email, pin) {
        emailField.text = email
        pinField.text = pin
    }

    modal: true
    closePolicy: QQC2.Popup.NoAutoClose
    width: Math.min(520, parent ? parent.width - Theme.space(4) : 520)
    padding: Theme.space(3)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }
    // A PIN typed and not sent is not left in the field for the next person.
    onClosed: pinField.text = ""
    onOpened: {
        if (emailField.text.length > 0)
            pinField.field.forceActiveFocus()
        else
            emailField.field.forceActiveFocus()
    }

    Connections {
        target: root.sale
        function onStateChanged() {
            if (root.sale.state === TillSale.NeedsApproval)
                root.open()
            else
                root.close()
        }
    }

    contentItem: ColumnLayout {
        objectName: "approvalDialog"
        spacing: Theme.space(1.5)

        Heading {
            level: 3
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("A manager approves this discount")
        }
        Body {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.inkMuted
            text: qsTr("A discount above 20 % needs a manager. They type their email and PIN here: the PIN goes "
                       + "to the server with this sale only and is kept nowhere.")
        }
        FormField {
            id: emailField
            objectName: "approverEmail"
            Layout.fillWidth: true
            label: qsTr("Manager's email")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            onSubmitted: pinField.field.forceActiveFocus()
        }
        FormField {
            id: pinField
            objectName: "approverPin"
            Layout.fillWidth: true
            label: qsTr("Manager's PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            onSubmitted: approve.clicked()
        }
        Body {
            objectName: "approvalMessage"
            Layout.fillWidth: true
            visible: root.sale.message.length > 0
            wrapMode: Text.WordWrap
            text: root.sale.message
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(1)
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "cancelApproval"
                kind: "secondary"
                compact: true
                text: qsTr("Cancel")
                onClicked: root.sale.cancelPayment()
            }
            ActionButton {
                id: approve
                objectName: "approveButton"
                compact: true
                enabled: emailField.text.length > 0 && pinField.text.length > 0
                text: qsTr("Approve")
                onClicked: {
                    const pin = pinField.text
                    pinField.text = ""
                    root.sale.approve(emailField.text, pin)
                }
            }
        }
    }
}
