pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The console once signed in: who, where and how the link is on top, and the store floor below
// (the till for now; the order queue, returns, the drawer and stock join it).
ColumnLayout {
    id: root

    // False while the console is locked: the till takes no scan then.
    property bool active: true

    spacing: 0

    AccountBar {
        Layout.fillWidth: true
        access: App.staff
        session: App.session
        title: qsTr("Comptoir staff")
        onSignOutRequested: App.staff.signOut()
    }
    readonly property alias till: till

    TillPage {
        id: till
        Layout.fillWidth: true
        Layout.fillHeight: true
        active: root.active
    }
}
