pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The sale is paid: the change to give, the receipt as it prints (lines, VAT by rate, payments,
// its QR code for a return), the paper it prints on, and the next customer.
ColumnLayout {
    id: root

    required property var sale // TillSale
    signal newSaleRequested()

    spacing: Theme.space(1.5)

    Heading {
        level: 2
        Layout.fillWidth: true
        text: root.sale.receiptChangeText.length > 0 ? qsTr("Change to give: %1").arg(root.sale.receiptChangeText)
                                                    : qsTr("Paid")
        color: Theme.primary
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.space(2)
        QQC2.ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.space(0.5)
                Body {
                    objectName: "receiptReference"
                    strong: true
                    text: qsTr("Receipt %1").arg(root.sale.receiptReference)
                }
                Body {
                    objectName: "receiptDuplicate"
                    visible: root.sale.receiptDuplicate > 0
                    strong: true
                    text: "DUPLICATA n°" + root.sale.receiptDuplicate // the word the law asks, in every language
                }
                Body {
                    objectName: "receiptTraining"
                    visible: root.sale.receiptTraining
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    strong: true
                    text: qsTr("TRAINING: NOT A SALE")
                    color: Theme.warning
                }
                Caption {
                    visible: root.sale.receiptOffline
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Made offline: the sale reaches the server when the link is back.")
                    color: Theme.warning
                }
                Repeater {
                    model: root.sale.receiptLines
                    delegate: ColumnLayout {
                        id: receiptLine
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Body {
                                Layout.fillWidth: true
                                small: true
                                elide: Text.ElideRight
                                text: receiptLine.modelData.quantity + " × " + receiptLine.modelData.name
                            }
                            Body {
                                small: true
                                text: receiptLine.modelData.lineTotalText
                            }
                        }
                        Caption {
                            objectName: "receiptLineDiscount" + receiptLine.index
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.space(2)
                            visible: receiptLine.modelData.discountText.length > 0
                            elide: Text.ElideRight
                            text: receiptLine.modelData.discountText
                        }
                    }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.line }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.sale.receiptSaleDiscountText.length > 0
                    Body { Layout.fillWidth: true; small: true; text: qsTr("Subtotal") }
                    Body { small: true; text: root.sale.receiptSubtotalText }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.sale.receiptSaleDiscountText.length > 0
                    Body {
                        objectName: "receiptSaleDiscount"
                        Layout.fillWidth: true
                        small: true
                        elide: Text.ElideRight
                        text: root.sale.receiptSaleDiscountLabel
                    }
                    Body { small: true; text: root.sale.receiptSaleDiscountText }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.sale.receiptDiscountText.length > 0
                    Body { Layout.fillWidth: true; small: true; text: qsTr("Discount") }
                    Body { small: true; text: root.sale.receiptDiscountText }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Body { Layout.fillWidth: true; strong: true; text: qsTr("Total") }
                    Body { objectName: "receiptTotal"; strong: true; text: root.sale.receiptTotalText }
                }
                Repeater {
                    model: root.sale.receiptVat
                    delegate: Caption {
                        required property var modelData
                        text: qsTr("VAT %1: %2 on %3").arg(modelData.rateText).arg(modelData.taxText).arg(modelData.netText)
                    }
                }
                Repeater {
                    model: root.sale.receiptPayments
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Body { Layout.fillWidth: true; small: true; text: modelData.methodText }
                        Body { small: true; text: modelData.amountText }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.sale.receiptTenderedText.length > 0
                    Body { Layout.fillWidth: true; small: true; text: qsTr("Cash received") }
                    Body { small: true; text: root.sale.receiptTenderedText }
                }
            }
        }
        ColumnLayout {
            spacing: Theme.space(1)
            QrCode {
                objectName: "receiptQr"
                Layout.preferredWidth: 150
                Layout.preferredHeight: 150
                text: root.sale.receiptQr
            }
            Caption {
                Layout.preferredWidth: 150
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("For a return")
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space(1)
        Caption { text: qsTr("Paper") }
        Chip {
            objectName: "paperRoll"
            text: qsTr("80 mm roll")
            selected: root.sale.paperFormat === "roll80"
            onClicked: { root.sale.paperFormat = "roll80"; root.sale.writeReceiptPdf() }
        }
        Chip {
            objectName: "paperA4"
            text: qsTr("A4")
            selected: root.sale.paperFormat === "a4"
            onClicked: { root.sale.paperFormat = "a4"; root.sale.writeReceiptPdf() }
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "reprintReceipt"
            kind: "quiet"
            compact: true
            visible: !root.sale.receiptTraining
            enabled: !root.sale.reprinting
            text: qsTr("Duplicate")
            Accessible.name: qsTr("Make a numbered duplicate of this receipt")
            onClicked: root.sale.reprintReceipt()
        }
        ActionButton {
            objectName: "printReceipt"
            kind: "secondary"
            compact: true
            text: qsTr("Print…")
            onClicked: root.sale.printReceipt()
        }
    }
    Caption {
        objectName: "receiptMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.WordWrap
        text: root.sale.message
    }
    ActionButton {
        objectName: "newSale"
        Layout.fillWidth: true
        text: qsTr("Next customer")
        onClicked: root.newSaleRequested()
    }
}
