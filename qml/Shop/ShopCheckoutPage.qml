pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Checkout: collect in a store (one that has every line; the others say what they lack) or
// delivery to a saved or new address, then the card and "Pay". A decline keeps the order, the
// cart and what was typed, and says why; "Pay" again with another card pays the same order.
Item {
    id: root
    objectName: "shopCheckoutPage"

    signal paid()
    signal backToCart()

    // "pickup" or "delivery"; the store or the address chosen.
    property string method: "pickup"
    property string locationId: ""
    property string address: ""
    property bool addingAddress: false
    // The stores as listed (for the window tests' focus chain).
    readonly property var storeChoices: stores.stores

    CartQuote {
        id: quote
        objectName: "checkoutQuote"
        session: App.session
        cart: App.cart
        live: true
        fulfillmentType: root.method
        locationId: root.method === "pickup" ? root.locationId : ""
        address: root.method === "delivery" ? root.address : ""
        Component.onCompleted: refresh()
    }
    PickupStores {
        id: stores
        session: App.session
        cart: App.cart
    }
    CheckoutAddresses {
        id: addresses
        objectName: "checkoutAddresses"
        session: App.session
        onAdded: id => {
            root.addingAddress = false
            for (const a of addresses.addresses)
                if (a.id === id)
                    root.address = a.text
        }
    }
    ShopCheckout {
        id: flow
        objectName: "shopCheckout"
        checkout: App.checkout
        quote: quote
    }
    Connections {
        target: App.checkout
        function onStateChanged() {
            if (App.checkout.state === Checkout.Paid)
                root.paid()
        }
    }
    // Leaving before paying gives the order's reserved stock back; the cart stays.
    Component.onDestruction: flow.leave()

    // The first store that has everything, chosen for the customer (they can change it).
    function chooseDefaults() {
        if (root.locationId.length === 0 && stores.completeCount > 0)
            root.locationId = stores.stores[0].locationId
        if (root.address.length === 0 && addresses.addresses.length > 0)
            root.address = addresses.addresses[0].text
    }
    Component.onCompleted: chooseDefaults()
    Connections {
        target: stores
        function onStoresChanged() { root.chooseDefaults() }
    }
    Connections {
        target: addresses
        function onAddressesChanged() { root.chooseDefaults() }
    }

    // For the screenshot tour (ShopWindow.tourStep): what a customer's clicks and keys would do.
    function tourNewAddress() {
        root.method = "delivery"
        root.addingAddress = true
        fName.text = "Camille Martin"
        fLine1.text = "12 rue de la République"
        fPostal.text = "6900"
        fCity.text = "Lyon"
        addresses.add({ name: fName.text, line1: fLine1.text, postal_code: fPostal.text, city: fCity.text,
                        country: fCountry.text })
    }
    function tourPay(number) {
        root.method = "pickup"
        cardNumber.text = number
        cardExpiry.text = "12/30"
        cardCvc.text = "123"
        payButton.clicked()
    }

    component SectionTitle: Heading {
        level: 3
        Layout.topMargin: Theme.space(1)
    }
    // One choice of a list (a store, an address): a button that shows it is the one chosen.
    component Choice: QQC2.AbstractButton {
        id: choice
        property string title: ""
        property string detail: ""
        property bool chosen: false
        property bool warn: false
        Layout.fillWidth: true
        implicitHeight: choiceText.implicitHeight + Theme.space(3)
        Accessible.name: title + (detail.length > 0 ? ". " + detail : "")
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: chosen
        background: Rectangle {
            radius: Theme.radiusSmall
            color: choice.chosen ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.10) : Theme.surface
            border.width: choice.chosen || choice.activeFocus ? 2 : 1
            border.color: choice.chosen || choice.activeFocus ? Theme.primary : Theme.line
        }
        contentItem: RowLayout {
            spacing: Theme.space(2)
            Text {
                text: choice.chosen ? "◉" : "○"
                font.pixelSize: Theme.bodySize
                color: choice.enabled ? Theme.primary : Theme.inkMuted
                Layout.leftMargin: Theme.space(1.5)
            }
            ColumnLayout {
                id: choiceText
                Layout.fillWidth: true
                spacing: 2
                Body {
                    Layout.fillWidth: true
                    text: choice.title
                    strong: true
                    color: choice.enabled ? Theme.ink : Theme.inkMuted
                    elide: Text.ElideRight
                }
                Body {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    small: true
                    text: choice.detail
                    color: choice.warn ? Theme.warning : Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // One field of the new address with the server's refusal under it.
    component AddressField: ColumnLayout {
        id: af
        required property string key
        required property string label
        property alias text: input.text
        property alias input: input
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // two fields of a row share it evenly
        Layout.alignment: Qt.AlignTop
        spacing: 2
        FormField {
            id: input
            objectName: "address-" + af.key
            Layout.fillWidth: true
            label: af.label
        }
        Body {
            objectName: "address-" + af.key + "Error"
            Layout.fillWidth: true
            visible: text.length > 0
            small: true
            text: addresses.fieldErrors[af.key] ?? ""
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(4)
        spacing: Theme.space(4)

        // Where the goods go.
        QQC2.ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.space(1.5)

                Heading {
                    level: 2
                    text: qsTr("Checkout")
                }
                SectionTitle {
                    text: qsTr("How would you like to get your order?")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1.5)
                    ActionButton {
                        objectName: "pickupChoice"
                        Layout.fillWidth: true
                        kind: root.method === "pickup" ? "primary" : "secondary"
                        text: qsTr("Collect in a store")
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: root.method === "pickup"
                        enabled: !flow.busy
                        onClicked: root.method = "pickup"
                    }
                    ActionButton {
                        objectName: "deliveryChoice"
                        Layout.fillWidth: true
                        kind: root.method === "delivery" ? "primary" : "secondary"
                        text: qsTr("Deliver to an address")
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: root.method === "delivery"
                        enabled: !flow.busy
                        onClicked: root.method = "delivery"
                    }
                }

                // Pickup: every store, those with everything first; the others say what they lack.
                SectionTitle {
                    visible: root.method === "pickup"
                    text: qsTr("Collect from")
                }
                Body {
                    objectName: "noCompleteStore"
                    Layout.fillWidth: true
                    visible: root.method === "pickup" && stores.completeCount === 0
                    text: qsTr("No store has everything in your cart right now. Choose delivery, or change your cart.")
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: root.method === "pickup" ? stores.stores : []
                    delegate: Choice {
                        required property var modelData
                        objectName: "store-" + modelData.locationId
                        title: modelData.name
                        detail: modelData.complete ? qsTr("Everything is available: ready in about two hours.")
                                                   : modelData.missingText
                        warn: !modelData.complete
                        chosen: root.locationId === modelData.locationId
                        enabled: modelData.complete && !flow.busy
                        onClicked: root.locationId = modelData.locationId
                    }
                }

                // Delivery: the saved addresses, or a new one typed here.
                SectionTitle {
                    visible: root.method === "delivery"
                    text: qsTr("Deliver to")
                }
                Repeater {
                    model: root.method === "delivery" ? addresses.addresses : []
                    delegate: Choice {
                        required property var modelData
                        required property int index
                        objectName: "savedAddress-" + index
                        title: modelData.label.length > 0 ? modelData.label : modelData.name
                        detail: modelData.text
                        chosen: root.address === modelData.text
                        enabled: !flow.busy
                        onClicked: root.address = modelData.text
                    }
                }
                Body {
                    Layout.fillWidth: true
                    visible: root.method === "delivery" && addresses.loaded && addresses.addresses.length === 0
                             && !root.addingAddress
                    text: qsTr("You have no saved address yet.")
                    color: Theme.inkMuted
                }
                ActionButton {
                    objectName: "newAddress"
                    visible: root.method === "delivery" && !root.addingAddress
                    kind: "quiet"
                    iconText: "+"
                    text: qsTr("Add a new address")
                    onClicked: root.addingAddress = true
                }
                NoticeBar {
                    objectName: "addressMessage"
                    Layout.fillWidth: true
                    visible: root.method === "delivery" && text.length > 0
                    refused: true
                    text: addresses.message
                }
                GridLayout {
                    id: addressForm
                    objectName: "addressForm"
                    Layout.fillWidth: true
                    visible: root.method === "delivery" && root.addingAddress
                    columns: 2
                    columnSpacing: Theme.space(2)
                    rowSpacing: Theme.space(1)

                    AddressField { id: fName; key: "name"; label: qsTr("Full name"); Layout.columnSpan: 2 }
                    AddressField { id: fLine1; key: "line1"; label: qsTr("Address"); Layout.columnSpan: 2 }
                    AddressField { id: fLine2; key: "line2"; label: qsTr("Address, second line (optional)"); Layout.columnSpan: 2 }
                    AddressField { id: fPostal; key: "postal_code"; label: qsTr("Postal code") }
                    AddressField { id: fCity; key: "city"; label: qsTr("City") }
                    AddressField { id: fCountry; key: "country"; label: qsTr("Country (FR, BE…)"); Component.onCompleted: text = "FR" }
                    AddressField { id: fPhone; key: "phone"; label: qsTr("Phone (optional)") }
                    AddressField { id: fLabel; key: "label"; label: qsTr("Name this address (optional, e.g. Home)"); Layout.columnSpan: 2 }
                    RowLayout {
                        Layout.columnSpan: 2
                        spacing: Theme.space(1)
                        ActionButton {
                            objectName: "saveAddress"
                            text: qsTr("Save this address")
                            enabled: !addresses.busy
                            onClicked: addresses.add({ name: fName.text, line1: fLine1.text, line2: fLine2.text,
                                                       postal_code: fPostal.text, city: fCity.text,
                                                       country: fCountry.text, phone: fPhone.text,
                                                       label: fLabel.text })
                        }
                        ActionButton {
                            objectName: "cancelAddress"
                            kind: "quiet"
                            text: qsTr("Cancel")
                            onClicked: root.addingAddress = false
                        }
                    }
                }
                Item { Layout.preferredHeight: Theme.space(2) }
            }
        }

        // What it costs, and the card.
        Panel {
            Layout.preferredWidth: Theme.panelWidth + Theme.space(8)
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(4)
                spacing: Theme.space(1.5)

                Heading {
                    level: 3
                    text: qsTr("Your order")
                }
                Body {
                    Layout.fillWidth: true
                    small: true
                    text: App.cart.itemCount === 1 ? qsTr("1 item") : qsTr("%1 items").arg(App.cart.itemCount)
                    color: Theme.inkMuted
                }
                CartTotals {
                    objectName: "checkoutTotals"
                    Layout.fillWidth: true
                    cart: quote.ready ? quote : App.cart
                }

                Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.line }

                SectionTitle {
                    text: qsTr("Pay by card")
                }
                FormField {
                    id: cardNumber
                    objectName: "cardNumber"
                    Layout.fillWidth: true
                    label: qsTr("Card number")
                    placeholder: "1234 5678 9012 3456"
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    onSubmitted: payButton.clicked()
                }
                Body {
                    objectName: "cardNumberError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    small: true
                    text: flow.numberError
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(2)
                    FormField {
                        id: cardExpiry
                        objectName: "cardExpiry"
                        Layout.fillWidth: true
                        label: qsTr("Expiry (MM/YY)")
                        placeholder: qsTr("MM/YY")
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        onSubmitted: payButton.clicked()
                    }
                    FormField {
                        id: cardCvc
                        objectName: "cardCvc"
                        Layout.preferredWidth: Theme.fieldWidth / 3
                        label: qsTr("Security code")
                        placeholder: "123"
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        onSubmitted: payButton.clicked()
                    }
                }
                Body {
                    objectName: "cardExpiryError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    small: true
                    text: [flow.expiryError, flow.cvcError].filter(t => t.length > 0).join(" ")
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                NoticeBar {
                    objectName: "checkoutMessage"
                    Layout.fillWidth: true
                    refused: true
                    text: flow.message
                }
                Item { Layout.fillHeight: true }
                BusyDots {
                    Layout.alignment: Qt.AlignHCenter
                    visible: flow.busy
                }
                ActionButton {
                    id: payButton
                    objectName: "payButton"
                    Layout.fillWidth: true
                    text: quote.ready ? qsTr("Pay %1").arg(quote.totalText) : qsTr("Pay")
                    enabled: !flow.busy && App.cart.sellable
                             && (root.method === "pickup" ? root.locationId.length > 0 : root.address.length > 0)
                    onClicked: {
                        if (enabled)
                            flow.pay(cardNumber.text, cardExpiry.text, cardCvc.text)
                    }
                }
                Caption {
                    Layout.fillWidth: true
                    text: qsTr("Your card number goes straight to the payment service; this computer keeps none of it.")
                    wrapMode: Text.WordWrap
                }
                ActionButton {
                    objectName: "backToCart"
                    Layout.fillWidth: true
                    kind: "quiet"
                    text: qsTr("Back to the cart")
                    enabled: !flow.busy
                    onClicked: root.backToCart()
                }
            }
        }
    }
}
