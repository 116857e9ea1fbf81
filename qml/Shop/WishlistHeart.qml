import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The heart on a product: in the wishlist or not, one click toggles it (offline too: the outbox
// sends it when the link is back). Signed out, it asks to sign in first.
QQC2.AbstractButton {
    id: root

    required property string productId
    signal signInRequested()

    readonly property bool inWishlist: App.wishlist !== null && App.wishlist.productIds.indexOf(productId) >= 0

    implicitWidth: Theme.touchTargetSmall
    implicitHeight: Theme.touchTargetSmall
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: inWishlist ? qsTr("Remove from wishlist") : qsTr("Add to wishlist")
    Accessible.checkable: true
    Accessible.checked: inWishlist

    onClicked: {
        if (!App.customer || !App.customer.signedIn)
            return root.signInRequested()
        App.wishlist.toggle(root.productId)
    }

    background: Rectangle {
        radius: height / 2
        color: root.down || root.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? Theme.primary : Theme.line
    }
    contentItem: Text {
        text: root.inWishlist ? "♥" : "♡"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        color: root.inWishlist ? Theme.danger : Theme.inkMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
