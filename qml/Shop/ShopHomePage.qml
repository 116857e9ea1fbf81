pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The shop's home once signed in. Departments, search and the cart come with the shop's issue;
// for now it says who is signed in and how the link is.
ColumnLayout {
    id: root

    spacing: 0

    AccountBar {
        Layout.fillWidth: true
        access: App.customer
        session: App.session
        title: qsTr("Comptoir")
        onSignOutRequested: App.customer.signOut()
    }
    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        ColumnLayout {
            anchors.centerIn: parent
            spacing: Theme.space(2)
            Heading {
                level: 1
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Hello, %1").arg(App.customer.userName)
            }
            Body {
                Layout.alignment: Qt.AlignHCenter
                color: Theme.inkMuted
                text: App.session.catalogReady ? qsTr("The catalog is here: the shop opens soon.")
                                               : qsTr("Getting the catalog ready…")
            }
        }
    }
}
