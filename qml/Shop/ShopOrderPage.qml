pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// One order: its status (live), lines and totals, how it is fulfilled with the QR code to show
// at the store for a pickup; order the same again, and cancel while it is unpaid.
Item {
    id: root
    objectName: "shopOrderPage"

    property string orderId: ""
    signal cartRequested()

    ShopOrder {
        id: order
        objectName: "shopOrder"
        session: App.session
        cart: App.cart
        orderId: root.orderId
    }

    QQC2.ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        RowLayout {
            width: parent.width
            spacing: Theme.space(4)

            ColumnLayout {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.fieldWidth * 2
                Layout.margins: Theme.space(4)
                Layout.alignment: Qt.AlignTop
                spacing: Theme.space(2)

                Heading {
                    objectName: "shopOrderTitle"
                    level: 2
                    text: order.known ? qsTr("Order %1").arg(order.number) : qsTr("This order is not on this computer yet")
                }
                RowLayout {
                    visible: order.known
                    spacing: Theme.space(2)
                    OrderStatusPill {
                        objectName: "shopOrderStatus"
                        status: order.status
                        text: order.statusText
                    }
                    Caption { text: order.placedText }
                }
                Body {
                    objectName: "shopOrderFulfillment"
                    visible: order.known
                    text: order.fulfillmentText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }

                NoticeBar {
                    objectName: "shopOrderNotice"
                    Layout.fillWidth: true
                    text: order.message
                    refused: order.refused
                    onDismissed: order.dismissMessage()
                }

                Panel {
                    visible: order.known
                    Layout.fillWidth: true
                    implicitHeight: lines.implicitHeight + Theme.space(4)
                    ColumnLayout {
                        id: lines
                        anchors.fill: parent
                        anchors.margins: Theme.space(2)
                        spacing: Theme.space(1)
                        Repeater {
                            model: order.lines
                            delegate: RowLayout {
                                id: line
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.space(2)
                                Body {
                                    text: qsTr("%1 × %2").arg(line.modelData.quantity).arg(line.modelData.name)
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Caption { text: line.modelData.unitPriceText }
                                Body {
                                    text: line.modelData.lineTotalText
                                    horizontalAlignment: Text.AlignRight
                                    Layout.preferredWidth: Theme.priceColumnWidth
                                }
                            }
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: 1
                            color: Theme.line
                        }
                        component TotalRow: RowLayout {
                            property alias label: labelText.text
                            property alias value: valueText.text
                            property bool strong: false
                            Layout.fillWidth: true
                            Body { id: labelText; Layout.fillWidth: true; strong: parent.strong }
                            Body { id: valueText; strong: parent.strong }
                        }
                        TotalRow { label: qsTr("Subtotal"); value: order.subtotalText }
                        TotalRow {
                            visible: order.discountText.length > 0
                            label: qsTr("Discount")
                            value: "−" + order.discountText
                        }
                        TotalRow {
                            objectName: "shopOrderTotal"
                            label: qsTr("Total")
                            value: order.totalText
                            strong: true
                        }
                        Caption { text: qsTr("Including VAT %1").arg(order.taxText) }
                    }
                }

                RowLayout {
                    visible: order.known
                    spacing: Theme.space(2)
                    ActionButton {
                        objectName: "shopReorderButton"
                        text: qsTr("Order again")
                        Accessible.name: qsTr("Order again: put these products in the cart")
                        onClicked: {
                            if (order.reorder() > 0)
                                root.cartRequested()
                        }
                    }
                    ActionButton {
                        objectName: "shopCancelOrderButton"
                        kind: "danger"
                        visible: order.canCancel || order.busy
                        enabled: order.canCancel
                        text: order.busy ? qsTr("Cancelling…") : qsTr("Cancel this order")
                        onClicked: order.cancel()
                    }
                }
            }

            Panel {
                objectName: "shopOrderPickupCode"
                visible: order.showsPickupCode
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.space(4)
                Layout.rightMargin: Theme.space(4)
                implicitWidth: Theme.panelWidth * 0.8
                implicitHeight: pickup.implicitHeight + Theme.space(4)
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Pickup code for order %1").arg(order.number)
                ColumnLayout {
                    id: pickup
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    spacing: Theme.space(1)
                    Heading { level: 3; text: qsTr("Show this at the store") }
                    QrCode {
                        Layout.fillWidth: true
                        Layout.preferredHeight: width
                        text: order.orderId
                        color: "#111111"
                        background: "#FFFFFF"
                    }
                    Caption {
                        text: qsTr("Or give the number %1.").arg(order.number)
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
