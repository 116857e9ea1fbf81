import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// A cart's totals as the server will charge them: subtotal, a staff discount on the sale (the
// till's), the promotion's discount, the total and the VAT it includes. Reads a Cart
// (Comptoir.App); computes nothing.
ColumnLayout {
    id: root

    required property var cart

    spacing: Theme.space(2)

    component TotalRow: RowLayout {
        property alias label: labelText.text
        property alias value: valueText.text
        property bool strong: false
        Layout.fillWidth: true
        Text {
            id: labelText
            Layout.fillWidth: true
            font.family: Theme.fontFamily
            font.pixelSize: parent.strong ? Theme.headingSize : Theme.bodySize
            font.weight: parent.strong ? Font.Bold : Font.Normal
            color: parent.strong ? Theme.ink : Theme.inkMuted
        }
        Text {
            id: valueText
            font.family: Theme.fontFamily
            font.pixelSize: parent.strong ? Theme.titleSize : Theme.bodySize
            font.weight: parent.strong ? Font.Bold : Font.Normal
            color: Theme.ink
        }
    }

    TotalRow {
        label: qsTr("Subtotal")
        value: root.cart.subtotalText
    }
    TotalRow {
        // A staff discount on the whole sale (the till): after the lines, before a promotion.
        objectName: "saleDiscountRow"
        visible: root.cart.hasSaleDiscount
        label: root.cart.saleDiscountLabel
        value: root.cart.saleDiscountText
    }
    TotalRow {
        visible: root.cart.hasDiscount
        label: qsTr("Discount (%1)").arg(root.cart.promoCode)
        value: root.cart.discountText
    }
    TotalRow {
        strong: true
        label: qsTr("Total")
        value: root.cart.totalText
    }
    Body {
        small: true
        text: qsTr("Including VAT: %1").arg(root.cart.taxText)
        color: Theme.inkMuted
    }
}
