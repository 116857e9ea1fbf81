import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The order placed and paid: its number, total, where it will be (a store, or the address it
// is delivered to), its QR code to show at the counter, and a link to follow it.
Item {
    id: root
    objectName: "shopConfirmationPage"

    signal orderChosen(string orderId)
    signal continueShopping()

    RowLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(8), 1100)
        spacing: Theme.space(8)

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)

            Heading {
                level: 1
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Thank you, your order is paid")
                color: Theme.primary
            }
            Body {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: App.checkout.delivery
                      ? qsTr("We will let you know when it ships. A confirmation is on its way to your mailbox.")
                      : qsTr("We will let you know when it is ready to collect. A confirmation is on its way to your mailbox.")
            }
            GridLayout {
                Layout.topMargin: Theme.space(2)
                columns: 2
                columnSpacing: Theme.space(4)
                rowSpacing: Theme.space(1.5)

                Caption { text: qsTr("Order") }
                Heading {
                    objectName: "confirmationNumber"
                    level: 2
                    text: App.checkout.orderReference
                    font.letterSpacing: 1
                }
                Caption { text: qsTr("Total paid") }
                Heading {
                    objectName: "confirmationTotal"
                    level: 3
                    text: App.checkout.totalText
                }
                Caption { text: App.checkout.delivery ? qsTr("Delivered to") : qsTr("Collect at") }
                Body {
                    objectName: "confirmationWhere"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 520
                    wrapMode: Text.WordWrap
                    strong: true
                    text: App.checkout.delivery ? App.checkout.deliveryAddress : App.checkout.pickupStoreName
                }
                Caption { text: qsTr("Status") }
                Body {
                    objectName: "confirmationStatus"
                    text: App.checkout.orderStatusText
                    color: Theme.primary
                    strong: true
                }
            }
            RowLayout {
                Layout.topMargin: Theme.space(3)
                spacing: Theme.space(2)
                ActionButton {
                    objectName: "seeOrder"
                    text: qsTr("Follow this order")
                    enabled: App.checkout.orderId.length > 0
                    onClicked: root.orderChosen(App.checkout.orderId)
                }
                ActionButton {
                    objectName: "keepShopping"
                    kind: "secondary"
                    text: qsTr("Continue shopping")
                    onClicked: root.continueShopping()
                }
            }
        }

        Panel {
            Layout.preferredWidth: 300
            Layout.preferredHeight: 340
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(3)
                spacing: Theme.space(1)
                QrCode {
                    objectName: "confirmationQr"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: App.checkout.qrPayload
                    color: "#111111"
                    background: "#FFFFFF"
                    Accessible.name: qsTr("QR code of order %1").arg(App.checkout.orderReference)
                }
                Caption {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: App.checkout.delivery ? qsTr("Your order's code") : qsTr("Show this code at the counter")
                }
            }
        }
    }
}
