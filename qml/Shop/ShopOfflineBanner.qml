import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A quiet line while the link to the shop is down: browsing goes on from what this computer
// saved, ordering waits. Not an alarm (no red): the customer can keep looking.
Rectangle {
    id: root
    objectName: "shopOfflineBanner"

    readonly property bool offline: App.session.active && App.session.connectivity === SyncClient.Offline

    visible: offline
    implicitHeight: visible ? text.implicitHeight + Theme.space(2) : 0
    color: Theme.surfaceAlt
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text.text

    Caption {
        id: text
        objectName: "shopOfflineBannerText"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.space(3)
        anchors.rightMargin: Theme.space(3)
        wrapMode: Text.WordWrap
        text: qsTr("You are offline: browsing what is saved on this computer; ordering waits for the connection.")
    }
}
