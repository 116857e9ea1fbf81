pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A product found by search that comes in several sizes or colours: the cashier picks the
// variant, then adds it. A product with one variant is added without asking.
QQC2.Popup {
    id: root

    signal picked(string sku)

    function openFor(productId) {
        detail.productId = ""
        detail.productId = productId
        if (detail.found && detail.optionGroups.length === 0 && detail.selectedSku.length > 0) {
            root.picked(detail.selectedSku)
            return
        }
        open()
    }

    // The screenshot tour: the default variant (one in stock here) joins the sale.
    function addForTour(productId) {
        detail.productId = productId
        if (detail.selectedSku.length > 0)
            root.picked(detail.selectedSku)
    }

    modal: true
    width: Math.min(560, parent ? parent.width - Theme.space(4) : 560)
    padding: Theme.space(3)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }

    ProductDetail {
        id: detail
        session: App.session
    }

    contentItem: ColumnLayout {
        spacing: Theme.space(2)
        Heading {
            level: 3
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: detail.name
        }
        Body {
            text: detail.priceText + "  ·  " + detail.hereText
            color: Theme.inkMuted
        }
        OptionChips {
            Layout.fillWidth: true
            groups: detail.optionGroups
            onOptionChosen: (key, value) => detail.selectOption(key, value)
        }
        RowLayout {
            Layout.fillWidth: true
            ActionButton {
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: root.close()
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "addVariant"
                enabled: detail.selectedSku.length > 0
                text: qsTr("Add to the sale")
                onClicked: {
                    root.picked(detail.selectedSku)
                    root.close()
                }
            }
        }
    }
}
