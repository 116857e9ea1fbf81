pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// People and devices. Staff accounts (an admin's: create one, change a role or a store, disable
// an account, whose sign-ins stop at once); the kiosks and tills of the chain (a manager's: enrol
// one, its token shown once as text and as a QR code its setup scans; revoke one, whose link
// stops at once).
Item {
    id: root

    readonly property bool admin: App.staff.role === "admin"
    property alias users: userList
    property alias devices: deviceList
    property alias enrolment: enrol
    property alias action: change

    function storeName(id) {
        storeList.items // read again once the stores are in (a binding follows what it reads)
        if (!id)
            return qsTr("Every store")
        const l = storeList.find("id", id)
        return l.name || id
    }
    function roleName(role) {
        return ({ staff: qsTr("Staff"), manager: qsTr("Manager"), admin: qsTr("Admin"),
                  kiosk: qsTr("Kiosk"), register: qsTr("Till") })[role] || role
    }
    readonly property var storeChoices: {
        const out = []
        for (const l of storeList.items)
            if (l.kind === "store")
                out.push({ id: l.id, name: l.name })
        return out
    }

    RemoteList { id: storeList; session: App.session; path: "/locations" }
    RemoteList { id: userList; session: App.session; path: root.admin ? "/users" : "" }
    RemoteList { id: deviceList; session: App.session; path: "/devices" }
    RemoteAction {
        id: change
        session: App.session
        onSucceeded: { userList.refresh(); deviceList.refresh() }
    }
    DeviceEnrolment {
        id: enrol
        session: App.session
        onEnrolled: deviceList.refresh()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(3)

        // Staff accounts.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(1)
            Heading { level: 2; text: qsTr("Staff accounts") }
            Body {
                visible: !root.admin
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Accounts are created and changed by an admin.")
            }
            Caption {
                visible: userList.message.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: userList.message
            }
            ListView {
                objectName: "userList"
                visible: root.admin
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: userList.items.filter(u => u.role !== "customer" && u.role !== "kiosk" && u.role !== "register")
                delegate: Rectangle {
                    id: person
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: personRow.implicitHeight + Theme.space(1)
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    opacity: modelData.disabled ? 0.55 : 1
                    RowLayout {
                        id: personRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.space(1)
                        anchors.rightMargin: Theme.space(1)
                        spacing: Theme.space(1)
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Body { Layout.fillWidth: true; elide: Text.ElideRight; text: person.modelData.name + (person.modelData.disabled ? " " + qsTr("(disabled)") : "") }
                            Caption { Layout.fillWidth: true; elide: Text.ElideRight; text: person.modelData.email + " · " + root.storeName(person.modelData.store_id) }
                        }
                        QQC2.ComboBox {
                            objectName: "role_" + person.modelData.email
                            Layout.preferredWidth: 140
                            Accessible.name: qsTr("Role of %1").arg(person.modelData.name)
                            model: ["staff", "manager", "admin"]
                            displayText: root.roleName(currentText)
                            currentIndex: Math.max(0, model.indexOf(person.modelData.role))
                            onActivated: change.send("PATCH", "/users/" + person.modelData.id, { role: currentText },
                                                     qsTr("%1 is now %2.").arg(person.modelData.name).arg(root.roleName(currentText)))
                        }
                        ActionButton {
                            objectName: "toggle_" + person.modelData.email
                            kind: person.modelData.disabled ? "secondary" : "danger"
                            compact: true
                            enabled: !change.busy && person.modelData.email !== App.staff.userEmail
                            text: person.modelData.disabled ? qsTr("Enable") : qsTr("Disable")
                            onClicked: change.send("PATCH", "/users/" + person.modelData.id, { disabled: !person.modelData.disabled },
                                                   person.modelData.disabled ? qsTr("%1 can sign in again.").arg(person.modelData.name)
                                                                              : qsTr("%1 is disabled and signed out everywhere.").arg(person.modelData.name))
                        }
                    }
                }
            }
            Panel {
                visible: root.admin
                Layout.fillWidth: true
                implicitHeight: newUser.implicitHeight + Theme.space(4)
                ColumnLayout {
                    id: newUser
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    spacing: Theme.space(1)
                    Heading { level: 3; text: qsTr("New account") }
                    RowLayout {
                        FormField { id: userName; objectName: "newUserName"; Layout.fillWidth: true; label: qsTr("Name") }
                        FormField { id: userEmail; objectName: "newUserEmail"; Layout.fillWidth: true; label: qsTr("Email") }
                    }
                    RowLayout {
                        FormField { id: userPassword; objectName: "newUserPassword"; Layout.fillWidth: true; label: qsTr("First password (10 characters or more)"); echoMode: TextInput.Password }
                        QQC2.ComboBox {
                            id: userRole
                            objectName: "newUserRole"
                            Layout.alignment: Qt.AlignBottom
                            Accessible.name: qsTr("Role")
                            model: ["staff", "manager", "admin"]
                            displayText: root.roleName(currentText)
                        }
                        QQC2.ComboBox {
                            id: userStore
                            objectName: "newUserStore"
                            Layout.alignment: Qt.AlignBottom
                            Layout.preferredWidth: 180
                            Accessible.name: qsTr("Store")
                            textRole: "name"
                            valueRole: "id"
                            model: root.storeChoices
                        }
                    }
                    ActionButton {
                        objectName: "createUser"
                        compact: true
                        enabled: !change.busy && userEmail.text.length > 0 && userPassword.text.length > 0
                        text: qsTr("Create the account")
                        onClicked: {
                            const body = { name: userName.text, email: userEmail.text, password: userPassword.text,
                                           role: userRole.currentText }
                            if (userRole.currentText === "staff")
                                body.store_id = userStore.currentValue
                            change.send("POST", "/users", body, qsTr("The account of %1 is created.").arg(userName.text))
                            userPassword.text = ""
                        }
                    }
                }
            }
        }

        // Devices.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(1)
            Heading { level: 2; text: qsTr("Kiosks and tills") }
            NoticeBar {
                objectName: "peopleNotice"
                Layout.fillWidth: true
                text: change.message.length > 0 ? change.message : enrol.message
                refused: change.message.length > 0 ? change.refused : enrol.refused
                onDismissed: change.clearMessage()
            }
            Caption {
                visible: deviceList.message.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: deviceList.message
            }
            ListView {
                objectName: "deviceList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: deviceList.items
                delegate: Rectangle {
                    id: device
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: deviceRow.implicitHeight + Theme.space(1)
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    opacity: device.modelData.revoked ? 0.55 : 1
                    RowLayout {
                        id: deviceRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.space(1)
                        anchors.rightMargin: Theme.space(1)
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Body { Layout.fillWidth: true; elide: Text.ElideRight; text: device.modelData.name }
                            Caption {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                text: root.roleName(device.modelData.kind || device.modelData.role) + " · " + root.storeName(device.modelData.store_id)
                                      + (device.modelData.revoked ? " · " + qsTr("revoked") : "")
                            }
                        }
                        ActionButton {
                            objectName: "revoke_" + device.modelData.name
                            visible: !device.modelData.revoked
                            kind: "danger"
                            compact: true
                            enabled: !change.busy
                            text: qsTr("Revoke")
                            onClicked: change.send("DELETE", "/devices/" + (device.modelData.device_id || device.modelData.id), {},
                                                   qsTr("%1 is revoked: it is disconnected and can no longer sign in.").arg(device.modelData.name))
                        }
                    }
                }
            }
            Panel {
                Layout.fillWidth: true
                implicitHeight: enrolColumn.implicitHeight + Theme.space(4)
                ColumnLayout {
                    id: enrolColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    spacing: Theme.space(1)
                    Heading { level: 3; text: qsTr("Enrol a device") }
                    RowLayout {
                        visible: enrol.token.length === 0
                        FormField { id: deviceName; objectName: "newDeviceName"; Layout.fillWidth: true; label: qsTr("Name"); placeholder: qsTr("Kiosk by the door") }
                        QQC2.ComboBox {
                            id: deviceKind
                            objectName: "newDeviceKind"
                            Layout.alignment: Qt.AlignBottom
                            Accessible.name: qsTr("Kind of device")
                            textRole: "name"
                            valueRole: "key"
                            model: [{ key: "kiosk", name: qsTr("Kiosk") }, { key: "register", name: qsTr("Till") }]
                        }
                        QQC2.ComboBox {
                            id: deviceStore
                            objectName: "newDeviceStore"
                            Layout.alignment: Qt.AlignBottom
                            Layout.preferredWidth: 180
                            Accessible.name: qsTr("Store")
                            textRole: "name"
                            valueRole: "id"
                            model: root.storeChoices
                        }
                    }
                    ActionButton {
                        objectName: "enrolDevice"
                        visible: enrol.token.length === 0
                        compact: true
                        enabled: !enrol.busy
                        text: qsTr("Enrol")
                        onClicked: enrol.enrol(deviceName.text, deviceStore.currentValue, deviceKind.currentValue)
                    }
                    // The token, once: as text to type and as a QR code to scan.
                    RowLayout {
                        visible: enrol.token.length > 0
                        spacing: Theme.space(2)
                        QrCode {
                            objectName: "deviceQr"
                            Layout.preferredWidth: 180
                            Layout.preferredHeight: 180
                            text: enrol.setupLink
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Body { strong: true; text: qsTr("Token of %1").arg(enrol.deviceName) }
                            QQC2.TextField {
                                objectName: "deviceToken"
                                Layout.fillWidth: true
                                readOnly: true
                                selectByMouse: true
                                text: enrol.token
                                font.family: "monospace"
                                Accessible.name: qsTr("Device token")
                            }
                            Caption {
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                text: qsTr("Shown only this once: the server keeps no copy it could show again. A lost token means enrolling the device again.")
                            }
                            ActionButton {
                                objectName: "dismissToken"
                                kind: "secondary"
                                compact: true
                                text: qsTr("Done, hide the token")
                                onClicked: { enrol.dismiss(); deviceName.text = "" }
                            }
                        }
                    }
                }
            }
        }
    }
}
