import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// Always at the top of the shop: back, the shop's name (home), search as you type, the link's
// state, wishlist, orders, account and the cart with its count.
Rectangle {
    id: root

    property bool canGoBack: false
    signal backRequested()
    signal homeRequested()
    signal searchRequested(string text)
    signal wishlistRequested()
    signal ordersRequested()
    signal accountRequested()
    signal cartRequested()
    // shop browsing: a suggestion under the search field was chosen.
    signal categoryRequested(string categoryId, string title)
    signal productRequested(string productId)

    // For the screenshot tour: the field as a customer typing into it leaves it.
    function typeForTour(text) {
        search.text = text
        suggestions.text = text
        suggestionPopup.open()
    }
    function closeSuggestionsForTour() {
        search.text = ""
        suggestionPopup.close()
    }
    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    implicitHeight: Theme.touchTarget + Theme.space(2)
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.line
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.space(3)
        anchors.rightMargin: Theme.space(3)
        spacing: Theme.space(2)

        ActionButton {
            objectName: "shopBackButton"
            kind: "quiet"
            compact: true
            iconText: "←"
            text: qsTr("Back")
            enabled: root.canGoBack
            onClicked: root.backRequested()
        }
        ActionButton {
            objectName: "shopHomeButton"
            kind: "quiet"
            compact: true
            text: "Comptoir"
            Accessible.name: qsTr("Home")
            onClicked: root.homeRequested()
        }
        QQC2.TextField {
            id: search
            objectName: "shopSearchField"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.fieldWidth * 2
            placeholderText: qsTr("Search a product, a brand, a barcode (Ctrl+F)")
            Accessible.name: qsTr("Search the shop")
            // As the customer types, suggestions open under the field; Enter (or a suggestion)
            // opens the results. Up and Down move through the suggestions without leaving it.
            onTextEdited: {
                suggestions.text = text
                suggestionList.currentIndex = -1
                suggestionPopup.visible = suggestions.count > 0 && text.length > 0
            }
            onAccepted: {
                suggestionPopup.close()
                if (suggestionList.currentIndex >= 0)
                    suggestionList.currentItem.choose()
                else
                    root.searchRequested(text)
            }
            Keys.onDownPressed: {
                if (suggestionPopup.visible)
                    suggestionList.currentIndex = Math.min(suggestionList.count - 1, suggestionList.currentIndex + 1)
            }
            Keys.onUpPressed: {
                if (suggestionPopup.visible)
                    suggestionList.currentIndex = Math.max(-1, suggestionList.currentIndex - 1)
            }
            Keys.onEscapePressed: event => {
                event.accepted = suggestionPopup.visible
                suggestionPopup.close()
            }

            SearchSuggestionModel {
                id: suggestions
                objectName: "searchSuggestions"
                session: App.session
                onCountChanged: if (count === 0) suggestionPopup.close()
            }
            QQC2.Popup {
                id: suggestionPopup
                objectName: "suggestionPopup"
                y: search.height + Theme.space(0.5)
                width: search.width
                padding: Theme.space(0.5)
                closePolicy: QQC2.Popup.CloseOnEscape | QQC2.Popup.CloseOnPressOutsideParent
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.line
                }
                contentItem: ListView {
                    id: suggestionList
                    objectName: "suggestionList"
                    implicitHeight: contentHeight
                    interactive: false
                    currentIndex: -1
                    model: suggestions
                    section.property: "kind"
                    section.delegate: Caption {
                        required property string section
                        leftPadding: Theme.space(1.5)
                        topPadding: Theme.space(0.5)
                        text: section === "category" ? qsTr("Departments")
                              : section === "brand" ? qsTr("Brands") : qsTr("Products")
                    }
                    delegate: QQC2.ItemDelegate {
                        id: suggestion
                        required property int index
                        required property string kind
                        required property string label
                        required property string target
                        objectName: "suggestion_" + index
                        width: suggestionList.width
                        text: label
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        highlighted: ListView.isCurrentItem
                        focusPolicy: Qt.NoFocus
                        function choose() {
                            suggestionPopup.close()
                            if (kind === "category")
                                root.categoryRequested(target, label)
                            else if (kind === "product")
                                root.productRequested(target)
                            else
                                root.searchRequested(label)
                        }
                        onClicked: choose()
                    }
                }
            }
        }
        Item { Layout.fillWidth: true }
        // Accessibility: larger type with stronger contrast, and the language, from any page.
        ActionButton {
            objectName: "shopLargeTextButton"
            kind: App.display.largeText ? "primary" : "quiet"
            compact: true
            text: "Aa"
            Accessible.name: App.display.largeText ? qsTr("Normal text size and contrast")
                                                   : qsTr("Larger text and higher contrast")
            Accessible.checkable: true
            Accessible.checked: App.display.largeText
            onClicked: App.display.largeText = !App.display.largeText
        }
        ActionButton {
            objectName: "shopLanguageButton"
            kind: "quiet"
            compact: true
            text: App.session.language === "en" ? "FR" : "EN"
            // Named in the language it switches to, so whoever cannot read the other finds it.
            Accessible.name: App.session.language === "en" ? "Afficher en français" : "Show in English"
            onClicked: App.session.language = App.session.language === "en" ? "fr" : "en"
        }
        ConnectivityBadge {
            status: App.session.connectivity
            pending: App.session.pendingCount
        }
        ActionButton {
            objectName: "shopWishlistButton"
            kind: "quiet"
            compact: true
            iconText: "♡"
            text: qsTr("Wishlist")
            onClicked: root.wishlistRequested()
        }
        ActionButton {
            objectName: "shopOrdersButton"
            kind: "quiet"
            compact: true
            text: qsTr("Orders")
            Accessible.name: App.orderNotices && App.orderNotices.unseen > 0
                             ? qsTr("Orders, %n update(s)", "", App.orderNotices.unseen) : qsTr("Orders")
            onClicked: root.ordersRequested()
            // An order became ready to collect or was shipped: until the customer opens the orders.
            CountBadge {
                objectName: "shopOrdersBadge"
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.topMargin: -Theme.space(1) / 2
                anchors.rightMargin: -Theme.space(1) / 2
                count: App.orderNotices ? App.orderNotices.unseen : 0
                Accessible.name: qsTr("%n order update(s)", "", count)
                onCountChanged: if (count > 0) pulse()
            }
        }
        ActionButton {
            objectName: "shopAccountButton"
            kind: "quiet"
            compact: true
            text: App.customer.signedIn ? App.customer.userName : qsTr("Sign in")
            Accessible.name: App.customer.signedIn ? qsTr("My account (%1)").arg(App.customer.userName)
                                                   : qsTr("Sign in or create an account")
            onClicked: root.accountRequested()
        }
        ActionButton {
            objectName: "shopCartButton"
            compact: true
            text: App.cart.itemCount > 0 ? qsTr("Cart (%1)").arg(App.cart.itemCount) : qsTr("Cart")
            onClicked: root.cartRequested()
        }
    }
}
