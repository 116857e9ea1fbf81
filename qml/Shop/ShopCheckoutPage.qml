import QtQuick
import Comptoir.Ui
import Comptoir.App

// Checkout: pickup store or delivery address, card, pay.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopCheckoutPage"

    signal paid()
    signal backToCart()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
