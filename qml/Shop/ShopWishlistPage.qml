pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The customer's wishlist, newest first: each product as it is now, those no longer sold kept
// and said so; open one, or take it off the list.
Item {
    id: root
    objectName: "shopWishlistPage"

    signal productChosen(string productId)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(4)
        spacing: Theme.space(2)

        Heading {
            level: 2
            text: qsTr("My wishlist")
        }
        Body {
            objectName: "shopWishlistEmpty"
            visible: !App.customer.signedIn || App.wishlist.count === 0
            text: App.customer.signedIn ? qsTr("Nothing here yet. Click the heart on a product to keep it for later.")
                                        : qsTr("Sign in to keep products for later.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "shopWishlistList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.fieldWidth * 3
            visible: App.customer.signedIn
            clip: true
            spacing: Theme.space(1)
            model: App.wishlist
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My wishlist")
            delegate: Panel {
                id: row
                required property string productId
                required property string name
                required property string priceText
                required property string imageSource
                required property bool sold

                objectName: "shopWishlistRow-" + productId
                width: ListView.view.width
                implicitHeight: Theme.thumbnailSize + Theme.space(2)

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.space(1)
                    spacing: Theme.space(2)
                    ProductImage {
                        Layout.preferredWidth: Theme.thumbnailSize
                        Layout.preferredHeight: Theme.thumbnailSize
                        source: row.imageSource
                        name: row.name
                        opacity: row.sold ? 1 : 0.5
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Body {
                            text: row.name
                            strong: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Caption {
                            objectName: "shopWishlistState-" + row.productId
                            text: row.sold ? row.priceText : qsTr("No longer sold")
                            color: row.sold ? Theme.inkMuted : Theme.danger
                        }
                    }
                    ActionButton {
                        objectName: "shopWishlistOpen-" + row.productId
                        kind: "secondary"
                        compact: true
                        visible: row.sold
                        text: qsTr("See")
                        Accessible.name: qsTr("See %1").arg(row.name)
                        onClicked: root.productChosen(row.productId)
                    }
                    WishlistHeart {
                        objectName: "shopWishlistHeart-" + row.productId
                        productId: row.productId
                    }
                }
            }
        }
    }
}
