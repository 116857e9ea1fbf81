pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The customer's account: profile (name, phone, language), saved addresses (add, change,
// remove), the password, and signing out. What the server refuses is said in words beside the
// field it concerns (App.account.fieldErrors).
Rectangle {
    id: root
    objectName: "shopAccountPage"

    signal signedOut()

    // The address being edited: "" none, "new" a new one, else its id.
    property string editing: ""

    color: Theme.background

    Component.onCompleted: {
        App.account.clearMessages()
        App.account.refresh()
    }

    // A form field with the server's refusal of it underneath, in words.
    component CheckedField: ColumnLayout {
        id: checked
        required property string label
        required property string field // the API's name, the key of App.account.fieldErrors
        property alias text: input.text
        property alias echoMode: input.echoMode
        property alias input: input
        readonly property string problem: App.account.fieldErrors[checked.field] || ""
        spacing: Theme.space(0.5)
        FormField {
            id: input
            objectName: checked.objectName + "Field"
            Layout.fillWidth: true
            label: checked.label
        }
        Caption {
            objectName: checked.objectName + "Error"
            Layout.fillWidth: true
            visible: checked.problem.length > 0
            text: checked.problem
            color: Theme.danger
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: checked.label + ": " + checked.problem
        }
    }

    Connections {
        target: App.account
        function onAddressSaved() {
            root.editing = ""
        }
        function onPasswordChanged() {
            currentPassword.text = ""
            newPassword.text = ""
        }
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - Theme.space(8), Theme.fieldWidth * 2 + Theme.space(12))
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.space(3)

            Item { Layout.preferredHeight: Theme.space(2) }

            RowLayout {
                Layout.fillWidth: true
                Heading {
                    Layout.fillWidth: true
                    level: 1
                    text: qsTr("My account")
                }
                ActionButton {
                    objectName: "accountSignOut"
                    kind: "secondary"
                    text: qsTr("Sign out")
                    onClicked: {
                        App.customer.signOut()
                        root.signedOut()
                    }
                }
            }
            NoticeBar {
                objectName: "accountNotice"
                Layout.fillWidth: true
                text: App.account.error.length > 0 ? App.account.error : App.account.notice
                refused: App.account.error.length > 0
                onDismissed: App.account.clearMessages()
            }

            // Profile
            Panel {
                Layout.fillWidth: true
                Layout.preferredHeight: profile.implicitHeight + Theme.space(6)
                ColumnLayout {
                    id: profile
                    anchors.fill: parent
                    anchors.margins: Theme.space(3)
                    spacing: Theme.space(2)
                    Heading {
                        level: 2
                        text: qsTr("My details")
                    }
                    Caption {
                        Layout.fillWidth: true
                        text: qsTr("Signed in as %1").arg(App.customer.userEmail)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.space(3)
                        CheckedField {
                            id: profileName
                            objectName: "profileName"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // the two share the row equally
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Name")
                            field: "name"
                            text: App.customer.userName
                        }
                        CheckedField {
                            id: profilePhone
                            objectName: "profilePhone"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // the two share the row equally
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Phone (optional)")
                            field: "phone"
                            text: App.account.phone
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Caption {
                            text: qsTr("Language of the app and of our mails")
                            color: Theme.ink
                        }
                        Row {
                            id: language
                            objectName: "profileLanguage"
                            property string current: App.account.language.length > 0 ? App.account.language
                                                                                     : App.session.language
                            spacing: Theme.space(1)
                            Repeater {
                                model: [{ value: "fr", label: "Français" }, { value: "en", label: "English" }]
                                delegate: Chip {
                                    required property var modelData
                                    objectName: "language_" + modelData.value
                                    text: modelData.label
                                    selected: language.current === modelData.value
                                    Accessible.name: qsTr("Language: %1").arg(modelData.label)
                                    onClicked: language.current = modelData.value
                                }
                            }
                        }
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            objectName: "profileSave"
                            text: qsTr("Save my details")
                            enabled: !App.account.busy
                            onClicked: App.account.saveProfile(profileName.text, profilePhone.text, language.current)
                        }
                    }
                }
            }

            // Addresses
            Panel {
                Layout.fillWidth: true
                Layout.preferredHeight: addresses.implicitHeight + Theme.space(6)
                ColumnLayout {
                    id: addresses
                    anchors.fill: parent
                    anchors.margins: Theme.space(3)
                    spacing: Theme.space(2)
                    RowLayout {
                        Layout.fillWidth: true
                        Heading {
                            Layout.fillWidth: true
                            level: 2
                            text: qsTr("My addresses")
                        }
                        ActionButton {
                            objectName: "addAddress"
                            kind: "secondary"
                            compact: true
                            visible: root.editing === ""
                            text: qsTr("Add an address")
                            onClicked: {
                                App.account.clearMessages()
                                addressForm.fill({ country: "FR" })
                                root.editing = "new"
                            }
                        }
                    }
                    Body {
                        objectName: "noAddress"
                        visible: App.account.addresses.length === 0 && root.editing === ""
                        color: Theme.inkMuted
                        text: qsTr("No saved address yet: add one to be delivered at home.")
                    }
                    Repeater {
                        model: App.account.addresses
                        delegate: RowLayout {
                            id: addressRow
                            required property var modelData
                            required property int index
                            objectName: "address" + index
                            Layout.fillWidth: true
                            visible: root.editing !== addressRow.modelData.id
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Body {
                                    Layout.fillWidth: true
                                    font.bold: true
                                    elide: Text.ElideRight
                                    text: addressRow.modelData.label.length > 0 ? addressRow.modelData.label
                                                                                : addressRow.modelData.name
                                }
                                Caption {
                                    objectName: "addressSummary" + addressRow.index
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    text: addressRow.modelData.summary
                                }
                            }
                            ActionButton {
                                objectName: "editAddress" + addressRow.index
                                kind: "quiet"
                                compact: true
                                text: qsTr("Change")
                                Accessible.name: qsTr("Change the address %1").arg(addressRow.modelData.summary)
                                onClicked: {
                                    App.account.clearMessages()
                                    addressForm.fill(addressRow.modelData)
                                    root.editing = addressRow.modelData.id
                                }
                            }
                            ActionButton {
                                objectName: "deleteAddress" + addressRow.index
                                kind: "quiet"
                                compact: true
                                text: qsTr("Remove")
                                Accessible.name: qsTr("Remove the address %1").arg(addressRow.modelData.summary)
                                enabled: !App.account.busy
                                onClicked: App.account.deleteAddress(addressRow.modelData.id)
                            }
                        }
                    }

                    // One form for a new address or the one being changed.
                    ColumnLayout {
                        id: addressForm
                        objectName: "addressForm"
                        Layout.fillWidth: true
                        visible: root.editing !== ""
                        spacing: Theme.space(1)

                        function fill(a) {
                            addressLabel.text = a.label || ""
                            addressName.text = a.name || App.customer.userName
                            addressLine1.text = a.line1 || ""
                            addressLine2.text = a.line2 || ""
                            addressPostal.text = a.postal_code || ""
                            addressCity.text = a.city || ""
                            addressCountry.text = a.country || "FR"
                            addressPhone.text = a.phone || ""
                        }
                        function submit() {
                            App.account.saveAddress(root.editing === "new" ? "" : root.editing, {
                                label: addressLabel.text, name: addressName.text,
                                line1: addressLine1.text, line2: addressLine2.text,
                                postal_code: addressPostal.text, city: addressCity.text,
                                country: addressCountry.text, phone: addressPhone.text
                            })
                        }

                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.space(3)
                            rowSpacing: Theme.space(1)
                            CheckedField {
                                id: addressLabel
                                objectName: "addressLabel"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Label (Home, Work…)")
                                field: "label"
                            }
                            CheckedField {
                                id: addressName
                                objectName: "addressName"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Name on the door")
                                field: "name"
                            }
                            CheckedField {
                                id: addressLine1
                                objectName: "addressLine1"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Street and number")
                                field: "line1"
                            }
                            CheckedField {
                                id: addressLine2
                                objectName: "addressLine2"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Building, floor (optional)")
                                field: "line2"
                            }
                            CheckedField {
                                id: addressPostal
                                objectName: "addressPostalCode"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Postal code")
                                field: "postal_code"
                            }
                            CheckedField {
                                id: addressCity
                                objectName: "addressCity"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("City")
                                field: "city"
                            }
                            CheckedField {
                                id: addressCountry
                                objectName: "addressCountry"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Country (two letters, e.g. FR)")
                                field: "country"
                            }
                            CheckedField {
                                id: addressPhone
                                objectName: "addressPhone"
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                label: qsTr("Phone for the delivery (optional)")
                                field: "phone"
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Item { Layout.fillWidth: true }
                            ActionButton {
                                objectName: "cancelAddress"
                                kind: "quiet"
                                text: qsTr("Cancel")
                                onClicked: {
                                    App.account.clearMessages()
                                    root.editing = ""
                                }
                            }
                            ActionButton {
                                objectName: "saveAddress"
                                text: root.editing === "new" ? qsTr("Add this address") : qsTr("Save this address")
                                enabled: !App.account.busy
                                onClicked: addressForm.submit()
                            }
                        }
                    }
                }
            }

            // Password
            Panel {
                Layout.fillWidth: true
                Layout.preferredHeight: passwordColumn.implicitHeight + Theme.space(6)
                ColumnLayout {
                    id: passwordColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space(3)
                    spacing: Theme.space(2)
                    Heading {
                        level: 2
                        text: qsTr("My password")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.space(3)
                        CheckedField {
                            id: currentPassword
                            objectName: "currentPassword"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // the two share the row equally
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("Current password")
                            field: "current"
                            echoMode: TextInput.Password
                        }
                        CheckedField {
                            id: newPassword
                            objectName: "newPassword"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // the two share the row equally
                            Layout.alignment: Qt.AlignTop
                            label: qsTr("New password (10 characters or more)")
                            field: "new"
                            echoMode: TextInput.Password
                        }
                    }
                    ActionButton {
                        objectName: "changePassword"
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("Change my password")
                        enabled: !App.account.busy
                        onClicked: App.account.changePassword(currentPassword.text, newPassword.text)
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.space(4) }
        }
    }
}
