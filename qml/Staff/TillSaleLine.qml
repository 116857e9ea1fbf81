pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// A line of the sale at the till: the cart's line, and under it the line's own discount, which
// the cashier gives, changes or removes from here.
ColumnLayout {
    id: root

    required property int index
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
    required property bool hasLineDiscount
    required property string lineDiscountText
    // Discounts change while ringing up, not during a payment.
    property bool discountsEnabled: true
    signal quantityChangeRequested(string sku, int quantity)
    signal removeRequested(string sku)
    signal discountRequested(string sku, string name, bool hasDiscount)

    spacing: Theme.space(0.5)

    CartLine {
        Layout.fillWidth: true
        sku: root.sku
        productId: root.productId
        name: root.name
        details: root.details
        quantity: root.quantity
        unitPriceText: root.unitPriceText
        lineTotalText: root.lineTotalText
        availableHere: root.availableHere
        image: root.image
        sellable: root.sellable
        onQuantityChangeRequested: (sku, quantity) => root.quantityChangeRequested(sku, quantity)
        onRemoveRequested: sku => root.removeRequested(sku)
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.space(2)
        visible: root.sellable
        spacing: Theme.space(1)
        Body {
            objectName: "lineDiscountText" + root.index
            Layout.fillWidth: true
            small: true
            elide: Text.ElideRight
            text: root.hasLineDiscount ? root.lineDiscountText : ""
            color: Theme.success
        }
        ActionButton {
            objectName: "lineDiscount" + root.index
            kind: "quiet"
            compact: true
            enabled: root.discountsEnabled
            text: root.hasLineDiscount ? qsTr("Change the discount") : qsTr("Discount…")
            Accessible.name: qsTr("Discount on %1").arg(root.name)
            onClicked: root.discountRequested(root.sku, root.name, root.hasLineDiscount)
        }
    }
}
