import QtQuick
import Comptoir.Ui
import Comptoir.App

// The customer's orders with their live status.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopOrdersPage"

    signal orderChosen(string orderId)

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
