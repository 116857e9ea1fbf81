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
    // Larger type and stronger contrast, as the customer chose (kept between starts).
    Binding { target: Theme; property: "largeText"; value: App.display.largeText }
    Binding { target: Theme; property: "highContrast"; value: App.display.largeText }

    // Routing. A page asks for another through these; the top bar and the shortcuts too.
    function openHome() {
        // The confirmation replaced the whole stack (no way back into a paid checkout): home
        // comes back in its place.
        if (stack.depth === 1 && stack.currentItem && stack.currentItem.objectName !== "shopHomePage")
            stack.replace(null, homePage)
        else
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
        App.recentlyViewed.remember(productId)
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
        // shop browsing: the search field's suggestions
        onCategoryRequested: (categoryId, title) => root.openCategory(categoryId, title)
        onProductRequested: productId => root.openProduct(productId)
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
            onSignInRequested: root.openSignIn()
        }
    }
    Component {
        id: productPage
        ShopProductPage {
            onCartRequested: root.openCart()
            onSignInRequested: root.openSignIn()
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
            onContinueShopping: root.openHome()
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
        let steps = ["01-home"]
        // Browsing: a department with its facets, a search with its suggestions, a product (with a
        // catalog only: signed in).
        const browsing = App.session.catalogReady
        if (browsing)
            steps = steps.concat(["11-category", "12-search", "13-product"])
        // Account: signed out, sign-in, forgot password and reset; signed in, the account page.
        steps = steps.concat(App.customer.signedIn ? ["23-account"] : ["20-sign-in", "21-forgot", "22-reset"])
        // Checkout: signed in (the docs' script names an account), a cart filled here.
        if (App.customer && App.customer.signedIn)
            steps = steps.concat(["40-cart", "41-checkout-pickup", "42-checkout-delivery", "43-declined",
                                  "44-confirmation"])
        // Orders, wishlist and accessibility.
        steps = steps.concat(["50-orders", "51-order", "52-wishlist", "53-dark", "54-large-text"])
        // Last: the department again on a 1920×1080 screen (the window is not made small again).
        if (browsing)
            steps.push("14-category-1920")
        return steps
    }
    function tourStep(step) {
        switch (step.slice(3)) {
        case "home":
            openHome()
            return 800
        // Checkout: two demo products in stock in Lyon, the demo's welcome code, then the checkout.
        case "cart":
            App.cart.clear()
            App.cart.add("BOT-0149-40-COGNAC", 1)
            App.cart.add("BON-0186-GRIS-CHINE", 2)
            App.cart.applyPromoCode("BIENVENUE10")
            openCart()
            return 2500
        case "checkout-pickup":
            openCheckout()
            return 2500
        case "checkout-delivery":
            stack.currentItem.tourNewAddress()
            return 2500
        case "declined":
            stack.currentItem.tourPay("4000 0000 0000 0002")
            return 5000
        case "confirmation":
            stack.currentItem.tourPay("4242 4242 4242 4242")
            return 6000
        // orders, wishlist and accessibility part
        case "orders":
            openHome()
            openOrders()
            return 800
        case "order": {
            const first = stack.currentItem ? stack.currentItem.firstOrderId() : ""
            if (first.length > 0)
                openOrder(first)
            return 800
        }
        case "wishlist":
            openHome()
            openWishlist()
            return 800
        case "dark":
            Theme.scheme = "dark"
            openHome()
            openOrders()
            return 800
        case "large-text":
            Theme.scheme = "system"
            App.display.largeText = true
            openHome()
            return 1000
        // shop browsing
        case "category":
        case "category-1920": {
            if (step.endsWith("1920")) {
                root.width = 1920
                root.height = 1080
                Theme.scheme = "system"
                App.display.largeText = false
            }
            openHome()
            const department = stack.currentItem.tourDepartment()
            openCategory(department[0], department[1])
            stack.currentItem.tourFilter()
            return 1200
        }
        case "search":
            openHome()
            openSearch("pull")
            topBar.typeForTour("pull")
            return 1200
        case "product":
            topBar.closeSuggestionsForTour()
            openHome()
            openCategory(stack.currentItem.tourDepartment()[0], stack.currentItem.tourDepartment()[1])
            stack.currentItem.openFirstForTour()
            return 1200
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
