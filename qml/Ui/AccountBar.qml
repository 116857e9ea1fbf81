import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The top of a desktop window once someone is signed in: the product's name, where it is
// (a store, or the server), who is signed in, how the link is, and signing out.
Rectangle {
    id: root

    required property var access  // an AccountAccess
    required property var session // the Session
    property string title: "Comptoir"
    signal signOutRequested()

    implicitHeight: Theme.touchTarget + Theme.space(2)
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.line
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.space(3)
        anchors.rightMargin: Theme.space(3)
        spacing: Theme.space(2)
        Heading {
            level: 3
            text: root.title
            color: Theme.primary
        }
        Caption {
            Layout.fillWidth: true
            text: root.session.storeName.length > 0 ? root.session.storeName : root.session.serverUrl
            elide: Text.ElideRight
        }
        ConnectivityBadge {
            status: root.session.connectivity
            pending: root.session.pendingCount
        }
        Body {
            objectName: "signedInAs"
            text: root.access.userName
            strong: true
            Accessible.name: qsTr("Signed in as %1").arg(root.access.userName)
        }
        ActionButton {
            objectName: "signOutButton"
            kind: "quiet"
            compact: true
            text: qsTr("Sign out")
            onClicked: root.signOutRequested()
        }
    }
}
