import QtQuick
import Comptoir.Ui
import Comptoir.App

// The customer's account: profile, addresses, password, sign out.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopAccountPage"

    signal signedOut()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
