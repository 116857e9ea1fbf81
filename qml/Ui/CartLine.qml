import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// One line of a cart: what, which variant, how many, for how much, and a word when the store has
// fewer than asked. The view that shows the cart handles the quantity and removal requests.
Rectangle {
    id: root

    required property string sku
    required property string productId
    required property string name
    required property string details
    required property int quantity
    required property string unitPriceText
    required property string lineTotalText
    required property int availableHere
    required property string image
    required property bool sellable
    // The kiosk and the till stand in a store whose stock each line shows; the shop has none.
    property bool showsStoreStock: true
    signal productChosen(string productId)
    signal quantityChangeRequested(string sku, int quantity)
    signal removeRequested(string sku)

    implicitHeight: Theme.thumbnailSize + Theme.space(4)
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.line

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(2)
        spacing: Theme.space(3)

        ProductImage {
            Layout.preferredWidth: Theme.thumbnailSize
            Layout.preferredHeight: Theme.thumbnailSize
            source: root.image
            name: root.name
            MouseArea {
                anchors.fill: parent
                enabled: root.sellable
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("See %1").arg(root.name)
                Accessible.onPressAction: root.productChosen(root.productId)
                onClicked: root.productChosen(root.productId)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.space(0.5)
            Body {
                Layout.fillWidth: true
                text: root.name
                strong: true
                elide: Text.ElideRight
            }
            Body {
                small: true
                text: root.details.length > 0 ? root.details + "  ·  " + root.unitPriceText : root.unitPriceText
                color: Theme.inkMuted
            }
            Body {
                small: true
                visible: root.showsStoreStock && root.sellable && root.availableHere < root.quantity
                text: root.availableHere > 0 ? qsTr("Only %1 in this store").arg(root.availableHere)
                                             : qsTr("Not in stock in this store")
                color: Theme.warning
            }
            Body {
                small: true
                visible: !root.sellable
                text: qsTr("Remove this line to continue.")
                color: Theme.danger
            }
        }
        QuantityStepper {
            // Its buttons are "quantity-<sku>More" and "…Fewer" (the shop's window tests).
            objectName: "quantity-" + root.sku
            value: root.quantity
            from: 1
            onChangeRequested: value => root.quantityChangeRequested(root.sku, value)
        }
        Heading {
            level: 3
            Layout.preferredWidth: Theme.priceColumnWidth
            horizontalAlignment: Text.AlignRight
            text: root.lineTotalText
        }
        ActionButton {
            kind: "quiet"
            compact: true
            text: "✕"
            Accessible.name: qsTr("Remove")
            onClicked: root.removeRequested(root.sku)
        }
    }
}
