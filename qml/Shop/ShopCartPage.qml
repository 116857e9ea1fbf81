pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The cart: its lines with their quantities (the − and + buttons take Tab and Space), a promo
// code the server judges (its refusal in words), the totals with the VAT they include as the
// server quotes them, and on to checkout (signing in first when needed).
Item {
    id: root
    objectName: "shopCartPage"

    signal productChosen(string productId)
    signal checkoutRequested()
    signal signInRequested()
    signal continueShopping()

    readonly property bool signedIn: App.customer !== null && App.customer.signedIn

    CartQuote {
        id: quote
        objectName: "cartQuote"
        session: App.session
        cart: App.cart
        live: true
        Component.onCompleted: refresh()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(4)
        spacing: Theme.space(4)

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(2)

            Heading {
                level: 2
                text: App.cart.itemCount === 1 ? qsTr("Your cart (1 item)")
                      : App.cart.empty ? qsTr("Your cart") : qsTr("Your cart (%1 items)").arg(App.cart.itemCount)
            }
            ListView {
                id: lines
                objectName: "cartLines"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !App.cart.empty
                clip: true
                spacing: Theme.space(1.5)
                model: App.cart
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: CartLine {
                    width: lines.width - Theme.space(2)
                    showsStoreStock: false
                    onProductChosen: productId => root.productChosen(productId)
                    onQuantityChangeRequested: (sku, quantity) => App.cart.setQuantity(sku, quantity)
                    onRemoveRequested: sku => App.cart.remove(sku)
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: App.cart.empty
                spacing: Theme.space(3)
                Item { Layout.fillHeight: true }
                Heading {
                    objectName: "cartEmpty"
                    level: 3
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Your cart is empty.")
                    color: Theme.inkMuted
                }
                ActionButton {
                    objectName: "continueShopping"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Continue shopping")
                    onClicked: root.continueShopping()
                }
                Item { Layout.fillHeight: true }
            }
        }

        Panel {
            Layout.preferredWidth: Theme.panelWidth + Theme.space(8)
            Layout.fillHeight: true
            visible: !App.cart.empty

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(4)
                spacing: Theme.space(2)

                Heading {
                    level: 3
                    text: qsTr("Summary")
                }

                // The code: typed here, kept with the cart, judged by the server's quote.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    visible: App.cart.promoCode.length === 0
                    FormField {
                        id: promo
                        objectName: "promoCode"
                        Layout.fillWidth: true
                        label: qsTr("Promo code")
                        placeholder: qsTr("e.g. BIENVENUE10")
                        onSubmitted: applyPromo.clicked()
                    }
                    ActionButton {
                        id: applyPromo
                        objectName: "applyPromo"
                        Layout.alignment: Qt.AlignBottom
                        kind: "secondary"
                        text: qsTr("Apply")
                        enabled: promo.text.trim().length > 0
                        onClicked: {
                            App.cart.applyPromoCode(promo.text)
                            promo.text = ""
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: App.cart.promoCode.length > 0
                    Body {
                        Layout.fillWidth: true
                        text: qsTr("Code %1").arg(App.cart.promoCode)
                        strong: true
                    }
                    ActionButton {
                        objectName: "removePromo"
                        kind: "quiet"
                        compact: true
                        text: qsTr("Remove the code")
                        onClicked: App.cart.clearPromoCode()
                    }
                }
                Body {
                    objectName: "promoMessage"
                    Layout.fillWidth: true
                    readonly property string said: quote.promoMessage.length > 0 ? quote.promoMessage : App.cart.promoMessage
                    visible: said.length > 0 && App.cart.promoCode.length > 0
                    text: said
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }

                Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.line }

                // The server's figures once it has answered; this computer's meanwhile (offline too).
                CartTotals {
                    objectName: "cartTotals"
                    Layout.fillWidth: true
                    cart: quote.ready ? quote : App.cart
                }
                Body {
                    objectName: "quoteMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    small: true
                    text: quote.message
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }

                Item { Layout.fillHeight: true }

                Body {
                    Layout.fillWidth: true
                    visible: !root.signedIn
                    small: true
                    text: qsTr("Sign in to order: your cart stays as it is.")
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
                ActionButton {
                    objectName: "toCheckout"
                    Layout.fillWidth: true
                    text: root.signedIn ? qsTr("Continue to checkout") : qsTr("Sign in to check out")
                    enabled: App.cart.sellable && quote.state !== CartQuote.Checking
                    onClicked: root.signedIn ? root.checkoutRequested() : root.signInRequested()
                }
                Body {
                    Layout.fillWidth: true
                    visible: !App.cart.sellable
                    small: true
                    text: qsTr("A line is no longer sold: remove it to continue.")
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
