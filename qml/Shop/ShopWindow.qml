pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The desktop shop: a customer at home browses (signed in or not), fills a cart, pays and follows
// the order. One stack of pages under a top bar that is always there; a resizable window from
// 1024×700 up to 4K. Each page lives in its own file; this window only routes between them.
QQC2.ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("Comptoir — shop")
    color: Theme.background
    font.family: Theme.fontFamily

    Component.onCompleted: {
        Theme.density = "desktop"
        // (account) First start, no shop known yet: ask which one (the sign-in page's first panel).
        if (App.customer.needsServer)
            openSignIn()
    }

    // Routing. A page asks for another through these; the top bar and the shortcuts too.
    function openHome() {
        stack.pop(null)
    }
    function openCategory(categoryId, title) {
        stack.push(categoryPage, { categoryId: categoryId, title: title })
    }
    function openSearch(text) {
        if (stack.currentItem && stack.currentItem.objectName === "shopSearchPage") {
            stack.currentItem.searchText = text
            return
        }
        stack.push(categoryPage, { objectName: "shopSearchPage", searching: true, searchText: text })
    }
    function openProduct(productId) {
        stack.push(productPage, { productId: productId })
        App.analytics.productViewed(productId, "")
    }
    function openWishlist() {
        openTop(wishlistPage, "shopWishlistPage")
    }
    function openCart() {
        openTop(cartPage, "shopCartPage")
    }
    function openCheckout() {
        App.analytics.checkoutBegun()
        stack.push(checkoutPage)
    }
    function openConfirmation() {
        stack.replace(null, confirmationPage)
    }
    function openSignIn() {
        openTop(signInPage, "shopSignInPage")
    }
    function openAccount() {
        if (!App.customer.signedIn)
            return openSignIn()
        openTop(accountPage, "shopAccountPage")
    }
    function openReset(token) {
        stack.push(resetPage, { token: token })
    }
    function openOrders() {
        if (!App.customer.signedIn)
            return openSignIn()
        openTop(ordersPage, "shopOrdersPage")
    }
    function openOrder(orderId) {
        stack.push(orderPage, { orderId: orderId })
    }
    // A page reached from the top bar is shown once, not stacked again on itself.
    function openTop(component, name) {
        if (stack.currentItem && stack.currentItem.objectName === name)
            return
        stack.push(component)
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: topBar.focusSearch()
    }
    Shortcut {
        sequence: "Esc"
        enabled: stack.depth > 1
        onActivated: stack.pop()
    }

    ShopTopBar {
        id: topBar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        canGoBack: stack.depth > 1
        onBackRequested: stack.pop()
        onHomeRequested: root.openHome()
        onSearchRequested: text => root.openSearch(text)
        onWishlistRequested: root.openWishlist()
        onOrdersRequested: root.openOrders()
        onAccountRequested: root.openAccount()
        onCartRequested: root.openCart()
    }

    QQC2.StackView {
        id: stack
        objectName: "stack"
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        initialItem: homePage
    }

    Component {
        id: homePage
        ShopHomePage {
            onCategoryChosen: (categoryId, title) => root.openCategory(categoryId, title)
            onProductChosen: productId => root.openProduct(productId)
        }
    }
    Component {
        id: categoryPage
        ShopCategoryPage {
            onProductChosen: productId => root.openProduct(productId)
        }
    }
    Component {
        id: productPage
        ShopProductPage {
            onCartRequested: root.openCart()
        }
    }
    Component {
        id: wishlistPage
        ShopWishlistPage {
            onProductChosen: productId => root.openProduct(productId)
        }
    }
    Component {
        id: cartPage
        ShopCartPage {
            onProductChosen: productId => root.openProduct(productId)
            onCheckoutRequested: root.openCheckout()
            onSignInRequested: root.openSignIn()
        }
    }
    Component {
        id: checkoutPage
        ShopCheckoutPage {
            onPaid: root.openConfirmation()
            onBackToCart: stack.pop()
        }
    }
    Component {
        id: confirmationPage
        ShopConfirmationPage {
            onOrderChosen: orderId => root.openOrder(orderId)
            onContinueShopping: root.openHome()
        }
    }
    Component {
        id: signInPage
        ShopSignInPage {
            onDone: stack.pop()
            onResetRequested: token => root.openReset(token)
        }
    }
    Component {
        id: accountPage
        ShopAccountPage {
            onSignedOut: root.openHome()
        }
    }
    Component {
        id: resetPage
        ShopResetPage {
            onDone: stack.pop()
            // (account) the password is changed: sign in with the new one.
            onSignInRequested: {
                stack.pop()
                root.openSignIn()
            }
        }
    }
    Component {
        id: ordersPage
        ShopOrdersPage {
            onOrderChosen: orderId => root.openOrder(orderId)
        }
    }
    Component {
        id: orderPage
        ShopOrderPage {
            onCartRequested: root.openCart()
        }
    }

    // For the screenshot tour (app/ui/screenshottour.cpp): each step puts the shop where a
    // customer's clicks would, and says how long to let it settle. The file is shop-NN-name.png.
    function tourSteps() {
        var steps = ["01-home"]
        // (account) signed out: sign-in, forgot password, reset; signed in: the account page.
        steps = steps.concat(App.customer.signedIn ? ["23-account"] : ["20-sign-in", "21-forgot", "22-reset"])
        return steps
    }
    function tourStep(step) {
        switch (step.slice(3)) {
        case "home":
            openHome()
            return 800
        // (account)
        case "sign-in":
            openSignIn()
            return 800
        case "forgot":
            openSignIn()
            stack.currentItem.askForReset("camille@example.fr")
            return 1500
        case "reset":
            openHome()
            openReset("comptoir://reset?token=" + "x".repeat(43))
            return 1000
        case "account":
            openAccount()
            return 1500
        }
        return 300
    }
}
