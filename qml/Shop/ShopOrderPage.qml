import QtQuick
import Comptoir.Ui
import Comptoir.App

// One order: lines, status, reorder, cancel while allowed.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopOrderPage"

    property string orderId: ""
    signal cartRequested()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
