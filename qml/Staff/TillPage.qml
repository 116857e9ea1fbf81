pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The till: the sale on the left (what was scanned or found, quantities, a promotion code, the
// totals), and on the right the search as you type, then the payment, then the receipt. A
// barcode scanner adds items wherever the focus is; an unknown code is said and beeps.
// Self-contained: the console's shell shows it as one of its pages.
Item {
    id: root

    objectName: "tillPage"
    // The console sets it false while locked: no scan may ring up then.
    property bool active: true
    // "search" (ringing up) or "pay"; a paid sale shows its receipt.
    property string panel: "search"
    readonly property var sale: App.till
    readonly property bool paid: sale.state === TillSale.Paid
    // The cashier asks for the cash drawer (none is open): the console's shell shows it.
    signal drawerRequested()

    function startPayment() {
        if (!App.cart.sellable)
            return
        panel = "pay"
    }
    function backToSale() {
        if (sale.state !== TillSale.Idle)
            sale.cancelPayment()
        panel = "search"
        search.forceActiveFocus()
    }
    function addFirstResult() {
        if (results.count > 0)
            results.itemAtIndex(0).choose()
    }
    // The screenshot tour: the first product a search finds joins the sale, as a cashier's click would.
    function addForTour(text) {
        search.text = text
        products.reloadNow()
        if (results.count > 0)
            picker.addForTour(results.itemAtIndex(0).productId)
        search.text = ""
    }
    function discountForTour(kind, typed, reason) {
        discount.openForSale()
        discount.fillForTour(kind, typed, reason)
    }
    function lineDiscountForTour(kind, typed) {
        const line = lines.itemAtIndex(0)
        if (line)
            App.cart.setLineDiscount(line.sku, kind, typed)
    }
    function applyDiscountForTour() {
        discount.apply()
    }
    function approvalForTour(email, pin) {
        approval.fillForTour(email, pin)
    }
    function payForTour(typed) {
        startPayment()
        payment.typeForTour(typed)
    }

    ScannerInput {
        objectName: "scannerInput"
        window: root.Window.window
        enabled: root.active && root.visible
        onScanned: code => {
            if (root.paid || root.panel === "pay" && root.sale.state === TillSale.Idle)
                root.panel = "search"
            root.sale.scan(code)
        }
    }
    Connections {
        target: root.sale
        function onStateChanged() {
            if (root.sale.state === TillSale.Paid)
                root.panel = "search"
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(2)
        spacing: Theme.space(2)

        // The sale.
        Panel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 55
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(2)
                spacing: Theme.space(1.5)
                RowLayout {
                    Layout.fillWidth: true
                    Heading {
                        level: 3
                        Layout.fillWidth: true
                        text: App.cart.empty ? qsTr("New sale") : qsTr("Sale: %n item(s)", "", App.cart.itemCount)
                    }
                    QQC2.Switch {
                        objectName: "trainingSwitch"
                        text: qsTr("Training")
                        checked: root.sale.training
                        Accessible.name: qsTr("Training mode: sales are not recorded")
                        onToggled: {
                            root.sale.training = checked
                            checked = Qt.binding(() => root.sale.training)
                        }
                    }
                    ActionButton {
                        objectName: "clearSale"
                        kind: "quiet"
                        compact: true
                        visible: !App.cart.empty && root.sale.state === TillSale.Idle
                        text: qsTr("Clear")
                        onClicked: App.cart.clear()
                    }
                }
                // Never mistaken for a real sale: the whole mode says so while it is on.
                Rectangle {
                    objectName: "trainingBanner"
                    Layout.fillWidth: true
                    visible: root.sale.training
                    implicitHeight: trainingText.implicitHeight + Theme.space(2)
                    radius: Theme.radiusSmall
                    color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.18)
                    border.width: 2
                    border.color: Theme.warning
                    Body {
                        id: trainingText
                        anchors.fill: parent
                        anchors.margins: Theme.space(1)
                        strong: true
                        wrapMode: Text.WordWrap
                        text: qsTr("TRAINING: these sales are not recorded. No money, stock or journal entry moves.")
                    }
                }
                Rectangle {
                    objectName: "scanMessage"
                    Layout.fillWidth: true
                    visible: root.sale.scanMessage.length > 0
                    implicitHeight: scanText.implicitHeight + Theme.space(2)
                    radius: Theme.radiusSmall
                    color: root.sale.scanRefused ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
                                                 : Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.12)
                    property alias text: scanText.text
                    Body {
                        id: scanText
                        anchors.fill: parent
                        anchors.margins: Theme.space(1)
                        small: true
                        wrapMode: Text.WordWrap
                        text: root.sale.scanMessage
                        color: root.sale.scanRefused ? Theme.danger : Theme.success
                        Accessible.role: Accessible.AlertMessage
                    }
                }
                ListView {
                    id: lines
                    objectName: "saleLines"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.space(1)
                    model: App.cart
                    // A scanned line shows at once: the view follows the sale's end as it grows,
                    // inside the layout pass that adds the line (so in the same frame), until the
                    // cashier scrolls back to look at an earlier line.
                    property bool followEnd: true
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {
                        onPressedChanged: if (pressed) lines.followEnd = false
                    }
                    onCountChanged: followEnd = true
                    onMovementStarted: followEnd = false
                    onContentHeightChanged: if (followEnd) positionViewAtEnd()
                    delegate: TillSaleLine {
                        width: lines.width
                        discountsEnabled: root.sale.state === TillSale.Idle && !root.paid
                        onQuantityChangeRequested: (sku, quantity) => App.cart.setQuantity(sku, quantity)
                        onRemoveRequested: sku => App.cart.remove(sku)
                        onDiscountRequested: (sku, name, hasDiscount) => discount.openForLine(sku, name, hasDiscount)
                    }
                    Body {
                        anchors.centerIn: parent
                        width: parent.width * 0.8
                        visible: lines.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        color: Theme.inkMuted
                        text: qsTr("Scan an item, or search for it on the right.")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    QQC2.TextField {
                        id: promo
                        objectName: "promoField"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTargetSmall
                        placeholderText: qsTr("Promotion code")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        text: App.cart.promoCode
                        Accessible.name: qsTr("Promotion code")
                        onAccepted: App.cart.applyPromoCode(text)
                    }
                    ActionButton {
                        kind: "secondary"
                        compact: true
                        text: qsTr("Apply")
                        onClicked: App.cart.applyPromoCode(promo.text)
                    }
                    ActionButton {
                        objectName: "saleDiscountButton"
                        kind: "secondary"
                        compact: true
                        enabled: !App.cart.empty && root.sale.state === TillSale.Idle
                        text: App.cart.hasSaleDiscount ? qsTr("Sale discount ✓") : qsTr("Sale discount…")
                        Accessible.name: qsTr("Discount on the whole sale")
                        onClicked: discount.openForSale()
                    }
                }
                QQC2.TextField {
                    id: customer
                    objectName: "customerEmailField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTargetSmall
                    enabled: root.sale.state === TillSale.Idle || root.sale.state === TillSale.Failed
                    placeholderText: qsTr("Customer's email (optional)")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.labelSize
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    text: root.sale.customerEmail
                    Accessible.name: qsTr("Customer's email: the sale is filed under their account")
                    onTextEdited: root.sale.customerEmail = text
                    onAccepted: search.forceActiveFocus()
                    Keys.onEscapePressed: {
                        root.sale.customerEmail = ""
                        search.forceActiveFocus()
                    }
                }
                Caption {
                    objectName: "customerOfflineNotice"
                    Layout.fillWidth: true
                    visible: root.sale.customerEmail.length > 0 && App.session.connectivity === SyncClient.Offline
                    wrapMode: Text.WordWrap
                    color: Theme.inkMuted
                    text: qsTr("Offline: the sale goes through, and is filed under this email once the server has it, if an account has it.")
                }
                Caption {
                    objectName: "approvalNotice"
                    Layout.fillWidth: true
                    visible: App.cart.needsApproval
                    wrapMode: Text.WordWrap
                    color: Theme.warning
                    text: qsTr("A discount above 20 %: a manager approves it with their PIN at payment.")
                }
                Caption {
                    Layout.fillWidth: true
                    visible: App.cart.promoMessage.length > 0
                    text: App.cart.promoMessage
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                CartTotals {
                    Layout.fillWidth: true
                    cart: App.cart
                }
            }
        }

        // Search, payment or receipt.
        Panel {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 45
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(2)
                spacing: Theme.space(1.5)
                visible: !root.paid && root.panel === "search"

                QQC2.TextField {
                    id: search
                    objectName: "tillSearch"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    focus: true
                    placeholderText: qsTr("Search a product, a brand, a code")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Search the catalog")
                    onTextChanged: products.searchText = text
                    onAccepted: root.addFirstResult()
                    Keys.onEscapePressed: text = ""
                }
                ProductListModel {
                    id: products
                    session: App.session
                    sort: "relevance"
                }
                ListView {
                    id: results
                    objectName: "searchResults"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.space(0.5)
                    model: products.searchActive ? products : null
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                    delegate: TillSearchResult {
                        width: results.width
                        onChosen: productId => picker.openFor(productId)
                    }
                    Body {
                        anchors.centerIn: parent
                        width: parent.width * 0.8
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        color: Theme.inkMuted
                        visible: results.count === 0
                        text: products.searchActive ? qsTr("No product matches.") : qsTr("Type two letters or more.")
                    }
                }
                ActionButton {
                    objectName: "payButton"
                    Layout.fillWidth: true
                    enabled: App.cart.sellable
                    text: App.cart.empty ? qsTr("Pay") : qsTr("Pay %1").arg(App.cart.totalText)
                    onClicked: root.startPayment()
                }
            }
            TillPaymentPanel {
                id: payment
                anchors.fill: parent
                anchors.margins: Theme.space(2)
                visible: !root.paid && root.panel === "pay"
                sale: root.sale
                onBackRequested: root.backToSale()
                onDrawerRequested: root.drawerRequested()
            }
            TillReceiptPanel {
                anchors.fill: parent
                anchors.margins: Theme.space(2)
                visible: root.paid
                sale: root.sale
                onNewSaleRequested: {
                    root.sale.newSale()
                    search.text = ""
                    search.forceActiveFocus()
                }
            }
        }
    }

    TillDiscountDialog {
        id: discount
        anchors.centerIn: parent
        onClosed: search.forceActiveFocus()
    }
    TillApprovalDialog {
        id: approval
        objectName: "tillApproval"
        anchors.centerIn: parent
        sale: root.sale
    }

    TillVariantPicker {
        id: picker
        anchors.centerIn: parent
        onPicked: sku => {
            App.cart.add(sku, 1)
            search.forceActiveFocus()
        }
    }
}
