pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The kiosk: attract screen, catalog, product, cart, checkout, receipt; an operator's setup on
// first start. Pages come and go on one stack; an idle shopper is gently timed out.
QQC2.ApplicationWindow {
    id: root

    width: 1920
    height: 1080
    visible: true
    visibility: App.fullscreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Comptoir kiosk")
    color: Theme.background
    font.family: Theme.fontFamily

    Component.onCompleted: Theme.density = "touch"
    // Larger type and stronger contrast, as a shopper chose on the top bar (kept between starts).
    Binding { target: Theme; property: "largeText"; value: App.display.largeText }
    Binding { target: Theme; property: "highContrast"; value: App.display.largeText }

    // A receipt counts: its QR code must not stay on screen for the next person.
    readonly property bool shopping: !App.kiosk.needsSetup && (stack.depth > 1 || (stack.currentItem !== null
                                     && stack.currentItem.objectName === "receiptPage"))
    // Never while the order or the card is with the server: leaving then could strand a payment.
    readonly property bool paying: App.checkout.state === Checkout.Placing
                                   || App.checkout.state === Checkout.Authorizing

    function restart() {
        pinDialog.close()
        App.endSession()
        stack.clear()
        stack.push(App.kiosk.needsSetup ? setupPage : attractPage)
    }
    function openHome() {
        stack.pop(null)
        stack.push(homePage)
    }
    function openCategory(categoryId, title) {
        stack.push(listPage, { categoryId: categoryId, title: title })
    }
    function openSearch() {
        if (stack.currentItem && stack.currentItem.searching === true)
            return
        stack.push(listPage, { searching: true })
    }
    function openProduct(productId) {
        stack.push(productPage, { productId: productId })
        App.analytics.productViewed(productId, "")
    }
    function openCart() {
        if (stack.currentItem && stack.currentItem.objectName === "cartPage")
            return
        stack.push(cartPage)
    }
    function openCheckout() {
        App.analytics.checkoutBegun()
        stack.push(checkoutPage)
    }
    function openReceipt() {
        stack.replace(null, receiptPage)
    }

    IdleWatcher {
        id: idle
        objectName: "idleWatcher"
        timeoutSeconds: App.idleTimeoutSeconds
        enabled: root.shopping && !root.paying
        onTimedOut: root.restart()
    }

    Connections {
        target: App
        function onSetupChanged() { root.restart() }
    }
    Connections {
        target: App.checkout
        function onStateChanged() {
            const s = App.checkout.state
            if (s === Checkout.Paid || s === Checkout.SentToCounter)
                root.openReceipt()
        }
    }

    TopBar {
        id: topBar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: root.shopping && stack.currentItem && stack.currentItem.showsTopBar === true
        canGoBack: stack.depth > 2
        onBackRequested: stack.pop()
        onHomeRequested: root.openHome()
        onSearchRequested: root.openSearch()
        onCartRequested: root.openCart()
        onOperatorRequested: if (App.kiosk.operatorMenuAvailable) pinDialog.open()
    }

    QQC2.StackView {
        id: stack
        objectName: "stack"
        anchors.top: topBar.visible ? topBar.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        initialItem: App.kiosk.needsSetup ? setupPage : attractPage
    }

    Component {
        id: setupPage
        SetupPage {}
    }
    Component {
        id: attractPage
        AttractPage {
            onStartRequested: root.openHome()
            onOperatorRequested: if (App.kiosk.operatorMenuAvailable) pinDialog.open()
        }
    }
    Component {
        id: homePage
        HomePage {
            onCategoryChosen: (categoryId, title) => root.openCategory(categoryId, title)
            onSearchRequested: root.openSearch()
        }
    }
    Component {
        id: listPage
        ProductListPage {
            onProductChosen: productId => root.openProduct(productId)
        }
    }
    Component {
        id: productPage
        ProductPage {
            onCartRequested: root.openCart()
        }
    }
    Component {
        id: cartPage
        CartPage {
            onContinueShopping: root.openHome()
            onCheckoutStarted: root.openCheckout()
            onProductChosen: productId => root.openProduct(productId)
        }
    }
    Component {
        id: checkoutPage
        CheckoutPage {
            onBackToCart: stack.pop()
        }
    }
    Component {
        id: receiptPage
        ReceiptPage {
            onFinished: root.restart()
        }
    }

    IdleOverlay {
        anchors.fill: parent
        shown: idle.warning && root.shopping
        remainingSeconds: idle.remainingSeconds
        onStayRequested: idle.poke()
        onLeaveRequested: root.restart()
    }

    PinDialog {
        id: pinDialog
        anchors.centerIn: parent
        onSyncRequested: App.session.syncNow()
        onForgetRequested: App.kiosk.forgetDevice()
        onQuitRequested: Qt.quit()
    }

    // The screenshot tour (docs/screenshots): each step puts the kiosk where a shopper's taps
    // would, and says how long to let it settle.
    function tourSteps() {
        if (App.kiosk.needsSetup)
            return ["00-setup"]
        return ["01-attract", "02-home", "03-search", "04-category", "05-product", "06-cart", "07-terminal",
                "08-declined", "09-paid", "10-counter", "11-pickup-elsewhere", "12-idle", "13-english",
                // issue 15, accessibility: larger text and higher contrast
                "14-large-text", "15-large-text-product"]
    }
    // `step` is "NN-name"; the file is kiosk-NN-name.png.
    function tourStep(step) {
        switch (step.slice(3)) {
        case "setup":
            return 800
        case "attract":
            restart()
            return 1200
        case "home":
            openHome()
            return 1200
        case "search":
            openSearch()
            stack.currentItem.typeForTour("pull lai")
            return 1200
        case "category":
            openHome()
            stack.currentItem.chooseFirstForTour()
            return 1500
        case "product":
            openSearch()
            stack.currentItem.typeForTour("pull")
            stack.currentItem.keyboardShown = false
            stack.currentItem.openFirstForTour()
            return 1500
        case "cart":
            stack.currentItem.addForTour(2)
            App.cart.applyPromoCode("BIENVENUE10")
            openCart()
            return 1200
        case "terminal":
            App.checkout.payHere("")
            openCheckout()
            return 3000
        case "declined":
            App.checkout.presentCard("4000000000000002")
            return 3500
        case "paid":
            App.checkout.presentCard("4242424242424242")
            return 3500
        case "counter":
            App.checkout.reset()
            openSearch()
            stack.currentItem.typeForTour("mug")
            stack.currentItem.keyboardShown = false
            stack.currentItem.openFirstForTour()
            stack.currentItem.addForTour(1)
            App.checkout.payAtCounter()
            return 2000
        case "pickup-elsewhere":
            openSearch()
            stack.currentItem.typeForTour("veste")
            stack.currentItem.keyboardShown = false
            stack.currentItem.openFirstForTour()
            stack.currentItem.addForTour(1)
            openCart()
            stack.currentItem.choosingStore = true
            return 1200
        case "idle":
            idle.timeoutSeconds = 14
            return 1500
        case "english":
            idle.timeoutSeconds = App.idleTimeoutSeconds
            App.session.language = "en"
            openHome()
            return 1500
        case "large-text":
            App.session.language = "fr"
            App.display.largeText = true
            openHome()
            return 1500
        case "large-text-product":
            openSearch()
            stack.currentItem.typeForTour("veste")
            stack.currentItem.keyboardShown = false
            stack.currentItem.openFirstForTour()
            return 1500
        }
        return 500
    }
}
