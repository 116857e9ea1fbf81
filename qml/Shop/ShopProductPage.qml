import QtQuick
import Comptoir.Ui
import Comptoir.App

// One product: gallery, variants, price with VAT, stock per store, wishlist heart, add to cart.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopProductPage"

    property string productId: ""
    signal cartRequested()

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
