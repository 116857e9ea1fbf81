import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The end: thank you, the order's number and a QR code of it, and what to do next.
Rectangle {
    id: root

    objectName: "receiptPage"
    readonly property bool showsTopBar: false
    readonly property bool paid: App.checkout.state === Checkout.Paid
    signal finished()

    color: Theme.background

    RowLayout {
        anchors.centerIn: parent
        spacing: Theme.space(10)

        ColumnLayout {
            Layout.preferredWidth: 820
            Layout.maximumWidth: 820
            spacing: Theme.space(3)
            Heading {
                level: 1
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: root.paid ? qsTr("Thank you!") : qsTr("Your order is ready to pay")
                font.weight: Font.Bold
                color: Theme.primary
            }
            Heading {
                level: 3
                font.weight: Font.Normal
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: {
                    if (!root.paid)
                        return qsTr("Go to the counter and show this code: you pay there and leave with your items.")
                    if (App.checkout.pickupElsewhere)
                        return qsTr("Paid. Your items will wait for you at %1; we will let you know when they are ready.").arg(App.checkout.pickupStoreName)
                    return qsTr("Paid. Show this code at the counter to collect your items.")
                }
                lineHeight: 1.2
            }
            Body {
                small: true
                text: qsTr("Order")
                Layout.topMargin: Theme.space(3)
                color: Theme.inkMuted
            }
            Heading {
                level: 1
                objectName: "orderReference"
                text: App.checkout.orderReference
                font.weight: Font.Bold
                font.letterSpacing: 2
            }
            Body {
                objectName: "orderStatus"
                text: App.checkout.orderStatusText
                strong: true
                color: Theme.primary
            }
            Heading {
                level: 3
                font.weight: Font.Normal
                text: qsTr("Total: %1").arg(App.checkout.totalText)
            }
            Body {
                small: true
                Layout.fillWidth: true
                visible: App.checkout.orderNumber.length === 0
                wrapMode: Text.WordWrap
                text: qsTr("The store's system will number your order as soon as it is reachable; this code works at the counter meanwhile.")
                color: Theme.inkMuted
            }
            ActionButton {
                Layout.topMargin: Theme.space(4)
                text: qsTr("Done")
                onClicked: root.finished()
            }
        }
        Panel {
            Layout.preferredWidth: 440
            Layout.preferredHeight: 440
            QrCode {
                anchors.fill: parent
                anchors.margins: Theme.space(3)
                text: App.checkout.qrPayload
                color: "#111111"
                background: "#FFFFFF"
            }
        }
    }
}
