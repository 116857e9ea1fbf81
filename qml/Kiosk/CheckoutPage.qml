import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Paying here: the order goes to the server, the terminal waits for a card, the bank answers.
// Every state says in plain words what is happening and what the shopper can do next.
Item {
    id: root

    readonly property bool showsTopBar: false
    readonly property int checkoutState: App.checkout.state
    signal backToCart()

    function leave() {
        App.checkout.cancelPayment()
        root.backToCart()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.space(10), 1000)
        spacing: Theme.space(4)

        Heading {
            level: 2
            Layout.alignment: Qt.AlignHCenter
            text: {
                switch (root.checkoutState) {
                case Checkout.Placing: return qsTr("Preparing your order…")
                case Checkout.AwaitingCard: return qsTr("Pay %1 on the terminal").arg(App.checkout.totalText)
                case Checkout.Authorizing: return qsTr("Talking to your bank…")
                case Checkout.Declined: return qsTr("Payment not accepted")
                case Checkout.NeedsNetwork: return qsTr("Card payment is not available")
                case Checkout.Failed: return qsTr("Your order could not be placed")
                case Checkout.Unconfirmed: return qsTr("Please ask a member of staff")
                }
                return ""
            }
            font.weight: Font.Bold
        }
        Heading {
            level: 3
            font.weight: Font.Normal
            objectName: "checkoutMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: App.checkout.message
            color: root.checkoutState === Checkout.Declined || root.checkoutState === Checkout.Failed
                   || root.checkoutState === Checkout.Unconfirmed ? Theme.danger : Theme.inkMuted
        }
        Body {
            Layout.alignment: Qt.AlignHCenter
            visible: App.checkout.pickupElsewhere
            text: qsTr("To collect at %1").arg(App.checkout.pickupStoreName)
            color: Theme.inkMuted
        }
        BusyDots {
            Layout.alignment: Qt.AlignHCenter
            visible: root.checkoutState === Checkout.Placing || root.checkoutState === Checkout.Authorizing
        }
        CardTerminalPanel {
            Layout.alignment: Qt.AlignHCenter
            visible: root.checkoutState === Checkout.AwaitingCard || root.checkoutState === Checkout.Authorizing
                     || root.checkoutState === Checkout.Declined
            amountText: App.checkout.totalText
            waiting: root.checkoutState !== Checkout.Authorizing
            onCardPresented: number => App.checkout.presentCard(number)
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.space(2)
            ActionButton {
                visible: root.checkoutState === Checkout.Declined || root.checkoutState === Checkout.NeedsNetwork
                text: qsTr("Pay at the counter instead")
                onClicked: {
                    App.checkout.cancelPayment()
                    App.checkout.payAtCounter()
                }
            }
            ActionButton {
                objectName: "leaveCheckout"
                kind: "secondary"
                visible: root.checkoutState !== Checkout.Authorizing && root.checkoutState !== Checkout.Unconfirmed
                text: root.checkoutState === Checkout.Failed ? qsTr("Back to the cart") : qsTr("Cancel")
                onClicked: root.leave()
            }
        }
    }
}
