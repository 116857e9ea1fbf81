pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The console locked after a while untouched: who was signed in, their PIN asked again (or their
// password on a console that is not a till); another person may take over from here.
Rectangle {
    id: root

    objectName: "lockScreen"
    color: Theme.background

    // Taps and keys stop here: nothing behind the lock can be used.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }
    StaffPinSignInPage {
        anchors.fill: parent
        presetEmail: App.staff.userEmail
        passwordMode: !App.staff.registerEnrolled
    }
    ActionButton {
        objectName: "lockSignOut"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.space(3)
        kind: "quiet"
        text: qsTr("Sign %1 out").arg(App.staff.userName)
        onClicked: App.staff.signOut()
    }
}
