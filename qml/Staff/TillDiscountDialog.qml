pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// A staff discount, on one line (a percentage, or an amount off each unit) or on the whole sale
// (a percentage or an amount, with the reason that goes on the sale's record). The cart checks
// what was typed and says why it cannot apply; above 20 % a manager approves before payment.
QQC2.Popup {
    id: root

    // The line's SKU, or empty for the whole sale.
    property string sku: ""
    property string lineName: ""
    property bool hasDiscount: false
    property string kind: "percent"
    property string refusal: ""

    function openForLine(sku, name, hasDiscount) {
        root.sku = sku
        root.lineName = name
        root.hasDiscount = hasDiscount
        start()
    }
    function openForSale() {
        root.sku = ""
        root.lineName = ""
        root.hasDiscount = App.cart.hasSaleDiscount
        start()
    }
    function start() {
        kind = "percent"
        value.text = ""
        reason.text = ""
        refusal = ""
        open()
    }
    function apply() {
        refusal = sku.length > 0 ? App.cart.setLineDiscount(sku, kind, value.text)
                                 : App.cart.setSaleDiscount(kind, value.text, reason.text)
        if (refusal.length === 0)
            close()
    }
    function remove() {
        if (sku.length > 0)
            App.cart.clearLineDiscount(sku)
        else
            App.cart.clearSaleDiscount()
        close()
    }
    // The screenshot tour: the dialog filled in as a cashier would.
    function fillForTour(typedKind, typed, typedReason) {
        kind = typedKind
        value.text = typed
        reason.text = typedReason
    }

    modal: true
    width: Math.min(520, parent ? parent.width - Theme.space(4) : 520)
    padding: Theme.space(3)
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }
    onOpened: value.forceActiveFocus()

    contentItem: ColumnLayout {
        objectName: "discountDialog"
        spacing: Theme.space(1.5)

        Heading {
            level: 3
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.sku.length > 0 ? qsTr("Discount on %1").arg(root.lineName) : qsTr("Discount on the whole sale")
        }
        RowLayout {
            spacing: Theme.space(1)
            Chip {
                objectName: "discountPercent"
                text: qsTr("Percentage")
                selected: root.kind === "percent"
                onClicked: root.kind = "percent"
            }
            Chip {
                objectName: "discountAmount"
                text: root.sku.length > 0 ? qsTr("Amount off each item") : qsTr("Amount")
                selected: root.kind === "amount"
                onClicked: root.kind = "amount"
            }
        }
        QQC2.TextField {
            id: value
            objectName: "discountValue"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: root.kind === "percent" ? qsTr("Percentage, for example 10") : qsTr("Amount, for example 2,50")
            Accessible.name: root.kind === "percent" ? qsTr("Percentage") : qsTr("Amount")
            onAccepted: root.sku.length > 0 ? root.apply() : reason.forceActiveFocus()
        }
        QQC2.TextField {
            id: reason
            objectName: "discountReason"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTargetSmall
            visible: root.sku.length === 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            maximumLength: 200
            placeholderText: qsTr("Reason, for example a loyal customer")
            Accessible.name: qsTr("Reason")
            onAccepted: root.apply()
        }
        Caption {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Above 20 %, a manager approves the discount with their PIN before payment.")
        }
        Body {
            objectName: "discountRefusal"
            Layout.fillWidth: true
            visible: root.refusal.length > 0
            wrapMode: Text.WordWrap
            text: root.refusal
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(1)
            ActionButton {
                objectName: "removeDiscount"
                kind: "quiet"
                compact: true
                visible: root.hasDiscount
                text: qsTr("Remove the discount")
                onClicked: root.remove()
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "cancelDiscount"
                kind: "secondary"
                compact: true
                text: qsTr("Cancel")
                onClicked: root.close()
            }
            ActionButton {
                objectName: "applyDiscount"
                compact: true
                text: qsTr("Apply")
                onClicked: root.apply()
            }
        }
    }
}
