import QtQuick
import Comptoir.Ui
import Comptoir.App

// A new password from the token the reset mail gave.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopResetPage"

    property string token: ""
    signal done()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
