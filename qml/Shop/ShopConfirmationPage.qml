import QtQuick
import Comptoir.Ui
import Comptoir.App

// The order placed: its number and QR code.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopConfirmationPage"

    signal orderChosen(string orderId)
    signal continueShopping()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
