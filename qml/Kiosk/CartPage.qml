pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The cart: lines, a promo code, totals with the VAT they include, and the three ways to pay.
Item {
    id: root

    objectName: "cartPage"
    readonly property bool showsTopBar: true
    property bool enteringCode: false
    property string typedCode: ""
    property bool choosingStore: false
    signal continueShopping()
    signal checkoutStarted()
    signal productChosen(string productId)

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(4)
        anchors.bottomMargin: keyboard.visible ? keyboard.height + Theme.space(2) : Theme.space(4)
        spacing: Theme.space(4)

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(2)
            Heading {
                level: 2
                text: qsTr("Your cart")
                font.weight: Font.Bold
            }
            ListView {
                id: lines
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.space(2)
                model: App.cart
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: CartLine {
                    width: lines.width - Theme.space(2)
                    onProductChosen: productId => root.productChosen(productId)
                    onQuantityChangeRequested: (sku, quantity) => App.cart.setQuantity(sku, quantity)
                    onRemoveRequested: sku => App.cart.remove(sku)
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.space(20)
                visible: App.cart.empty
                spacing: Theme.space(3)
                Heading {
                    level: 3
                    font.weight: Font.Normal
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Your cart is empty.")
                    color: Theme.inkMuted
                }
                ActionButton {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Browse the store")
                    onClicked: root.continueShopping()
                }
            }
        }

        Panel {
            Layout.preferredWidth: 620
            Layout.fillHeight: true
            visible: !App.cart.empty

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(4)
                spacing: Theme.space(2)

                Body {
                    small: true
                    text: qsTr("Promo code")
                    strong: true
                    color: Theme.inkMuted
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    SearchField {
                        Layout.fillWidth: true
                        placeholder: qsTr("Enter a code")
                        text: root.enteringCode ? root.typedCode : App.cart.promoCode
                        active: root.enteringCode
                        onActivated: {
                            root.typedCode = App.cart.promoCode
                            root.enteringCode = true
                        }
                        onCleared: {
                            root.typedCode = ""
                            App.cart.clearPromoCode()
                        }
                    }
                }
                Body {
                    small: true
                    Layout.fillWidth: true
                    visible: App.cart.promoMessage.length > 0
                    text: App.cart.promoMessage
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }

                Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.line }

                CartTotals {
                    Layout.fillWidth: true
                    cart: App.cart
                }

                Item { Layout.fillHeight: true }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(2)
                    visible: !root.choosingStore
                    ActionButton {
                        objectName: "payHere"
                        Layout.fillWidth: true
                        text: qsTr("Pay here by card")
                        enabled: App.cart.sellable
                        onClicked: {
                            App.checkout.payHere("")
                            root.checkoutStarted()
                        }
                    }
                    ActionButton {
                        objectName: "payAtCounter"
                        Layout.fillWidth: true
                        kind: "secondary"
                        text: qsTr("Pay at the counter")
                        enabled: App.cart.sellable
                        onClicked: App.checkout.payAtCounter()
                    }
                    ActionButton {
                        Layout.fillWidth: true
                        kind: "quiet"
                        text: qsTr("Pick up in another store")
                        enabled: App.cart.sellable
                        onClicked: root.choosingStore = true
                    }
                    Body {
                        small: true
                        Layout.fillWidth: true
                        visible: App.session.connectivity === SyncClient.Offline
                        text: qsTr("The network is down: card payment is not possible right now, but you can pay at the counter.")
                        color: Theme.inkMuted
                        wrapMode: Text.WordWrap
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    visible: root.choosingStore
                    Body {
                        Layout.fillWidth: true
                        text: qsTr("Pay here now, collect in:")
                        strong: true
                    }
                    Repeater {
                        model: root.choosingStore ? App.session.otherStores() : []
                        delegate: ActionButton {
                            required property var modelData
                            Layout.fillWidth: true
                            kind: "secondary"
                            text: modelData.name
                            onClicked: {
                                root.choosingStore = false
                                App.checkout.payHere(modelData.locationId)
                                root.checkoutStarted()
                            }
                        }
                    }
                    ActionButton {
                        Layout.fillWidth: true
                        kind: "quiet"
                        text: qsTr("Cancel")
                        onClicked: root.choosingStore = false
                    }
                }
            }
        }
    }

    OnScreenKeyboard {
        id: keyboard
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: root.enteringCode
        layout: App.session.language
        acceptText: qsTr("Apply")
        onTyped: text => root.typedCode = (root.typedCode + text).toUpperCase()
        onBackspace: root.typedCode = root.typedCode.slice(0, -1)
        onAccepted: {
            root.enteringCode = false
            App.cart.applyPromoCode(root.typedCode)
        }
    }
}
