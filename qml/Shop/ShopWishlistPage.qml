import QtQuick
import Comptoir.Ui
import Comptoir.App

// The customer's wishlist.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopWishlistPage"

    signal productChosen(string productId)

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
