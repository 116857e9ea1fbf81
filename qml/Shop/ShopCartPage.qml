import QtQuick
import Comptoir.Ui
import Comptoir.App

// The cart: quantities, promo code, totals, on to checkout.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopCartPage"

    signal productChosen(string productId)
    signal checkoutRequested()
    signal signInRequested()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
