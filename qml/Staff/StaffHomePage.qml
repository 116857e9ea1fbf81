pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The console once signed in. The till, the order queue, returns and stock come with the store
// floor's issue, the back office with its own; for now it says who is signed in, where, and how
// the link is.
ColumnLayout {
    id: root

    spacing: 0

    AccountBar {
        Layout.fillWidth: true
        access: App.staff
        session: App.session
        title: qsTr("Comptoir staff")
        onSignOutRequested: App.staff.signOut()
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
                text: qsTr("Hello, %1").arg(App.staff.userName)
            }
            Body {
                objectName: "roleText"
                Layout.alignment: Qt.AlignHCenter
                color: Theme.inkMuted
                text: {
                    const where = App.session.storeName
                    if (App.staff.manager)
                        return qsTr("Signed in as %1 for every store").arg(App.staff.role)
                    return where.length > 0 ? qsTr("Signed in as staff at %1").arg(where) : qsTr("Signed in as staff")
                }
            }
        }
    }
}
