import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// One line of the cart: what, which variant, how many, for how much, and a word when the
// store has fewer than asked.
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
    signal productChosen(string productId)

    implicitHeight: 150
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.line

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(2)
        spacing: Theme.space(3)

        ProductImage {
            Layout.preferredWidth: 118
            Layout.preferredHeight: 118
            source: root.image
            name: root.name
            MouseArea {
                anchors.fill: parent
                enabled: root.sellable
                onClicked: root.productChosen(root.productId)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: root.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: Theme.ink
                elide: Text.ElideRight
            }
            Text {
                text: root.details.length > 0 ? root.details + "  ·  " + root.unitPriceText : root.unitPriceText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                color: Theme.inkMuted
            }
            Text {
                visible: root.sellable && root.availableHere < root.quantity
                text: root.availableHere > 0 ? qsTr("Only %1 in this store").arg(root.availableHere)
                                             : qsTr("Not in stock in this store")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                color: Theme.warning
            }
            Text {
                visible: !root.sellable
                text: qsTr("Remove this line to continue.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                color: Theme.danger
            }
        }
        QuantityStepper {
            value: root.quantity
            from: 1
            onChangeRequested: value => App.cart.setQuantity(root.sku, value)
        }
        Text {
            Layout.preferredWidth: 150
            horizontalAlignment: Text.AlignRight
            text: root.lineTotalText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: Theme.ink
        }
        ActionButton {
            kind: "quiet"
            compact: true
            text: "✕"
            Accessible.name: qsTr("Remove")
            onClicked: App.cart.remove(root.sku)
        }
    }
}
