pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// One product: its picture, its options as chips, the price of the chosen variant with VAT,
// where it can be had (each store, "pick up today" where one has it, shipped online), and add to
// cart. Read from the cache: it shows the same offline.
Item {
    id: root
    objectName: "shopProductPage"

    property alias productId: detail.productId
    property int quantity: 1
    signal cartRequested()
    // A heart clicked by someone not signed in.
    signal signInRequested()

    ProductDetail {
        id: detail
        objectName: "productDetail"
        session: App.session
    }
    Timer {
        id: addedTimer
        interval: 4000
    }

    QQC2.StackView.onActivated: addButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ShopOfflineBanner {
            Layout.fillWidth: true
        }

        QQC2.ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            visible: detail.found

            RowLayout {
                width: scroll.availableWidth
                spacing: Theme.space(5)

                // The gallery: the product's picture, large (the catalog has one per product).
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.margins: Theme.space(4)
                    Layout.preferredWidth: Math.min(scroll.availableWidth * 0.45, 720)
                    Layout.preferredHeight: Layout.preferredWidth
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.line
                    ProductImage {
                        objectName: "productImage"
                        anchors.fill: parent
                        anchors.margins: Theme.space(3)
                        source: detail.image
                        name: detail.name
                    }
                }

                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.space(4)
                    Layout.rightMargin: Theme.space(4)
                    Layout.bottomMargin: Theme.space(4)
                    spacing: Theme.space(2)

                    RowLayout {
                        Layout.fillWidth: true
                        Body {
                            Layout.fillWidth: true
                            small: true
                            text: detail.brand
                            font.capitalization: Font.AllUppercase
                            font.letterSpacing: 1.5
                            color: Theme.inkMuted
                        }
                        WishlistHeart {
                            objectName: "productWishlistHeart"
                            productId: root.productId
                            onSignInRequested: root.signInRequested()
                        }
                    }
                    Heading {
                        objectName: "productName"
                        level: 1
                        Layout.fillWidth: true
                        text: detail.name
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        spacing: Theme.space(2)
                        Heading {
                            objectName: "productPrice"
                            level: 2
                            text: detail.priceText
                            color: Theme.primary
                        }
                        Caption {
                            Layout.alignment: Qt.AlignBaseline
                            text: detail.taxText
                        }
                    }
                    OptionChips {
                        Layout.fillWidth: true
                        groups: detail.optionGroups
                        onOptionChosen: (key, value) => detail.selectOption(key, value)
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.space(1)
                        spacing: Theme.space(3)
                        QuantityStepper {
                            value: root.quantity
                            onChangeRequested: value => root.quantity = value
                        }
                        ActionButton {
                            id: addButton
                            objectName: "addToCart"
                            Layout.fillWidth: true
                            Layout.maximumWidth: Theme.fieldWidth
                            text: qsTr("Add to cart")
                            enabled: detail.selectedSku.length > 0
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                            onClicked: {
                                if (App.cart.add(detail.selectedSku, root.quantity))
                                    addedTimer.restart()
                            }
                        }
                    }
                    NoticeBar {
                        objectName: "addedNotice"
                        Layout.fillWidth: true
                        text: addedTimer.running ? qsTr("Added to your cart.") : ""
                        onDismissed: addedTimer.stop()
                    }
                    ActionButton {
                        visible: addedTimer.running
                        kind: "secondary"
                        compact: true
                        text: qsTr("See the cart")
                        onClicked: root.cartRequested()
                    }
                    Panel {
                        Layout.fillWidth: true
                        Layout.preferredHeight: stockColumn.implicitHeight + Theme.space(4)
                        ColumnLayout {
                            id: stockColumn
                            anchors.fill: parent
                            anchors.margins: Theme.space(2)
                            spacing: Theme.space(1)
                            // "Pick up today" where a store has the chosen variant: my store first.
                            Body {
                                objectName: "pickupToday"
                                Layout.fillWidth: true
                                visible: text.length > 0
                                strong: true
                                color: Theme.success
                                wrapMode: Text.WordWrap
                                text: {
                                    if (detail.availableHere > 0 && App.session.storeName.length > 0)
                                        return qsTr("Pick up today in %1").arg(App.session.storeName)
                                    if (detail.otherStores.length > 0)
                                        return qsTr("Pick up today in %1").arg(detail.otherStores[0].name)
                                    return ""
                                }
                            }
                            Caption {
                                text: qsTr("Stock per store")
                            }
                            Body {
                                objectName: "myStoreStock"
                                visible: App.session.storeName.length > 0
                                small: true
                                text: qsTr("%1 (my store): %2 available").arg(App.session.storeName).arg(detail.availableHere)
                            }
                            Repeater {
                                model: detail.otherStores
                                delegate: Body {
                                    required property var modelData
                                    objectName: "storeStock_" + modelData.locationId
                                    small: true
                                    text: qsTr("%1: %2 available").arg(modelData.name).arg(modelData.available)
                                }
                            }
                            Body {
                                visible: detail.otherStores.length === 0 && detail.availableHere === 0
                                small: true
                                color: Theme.inkMuted
                                text: qsTr("In no store today")
                            }
                            Body {
                                objectName: "onlineStock"
                                small: true
                                color: Theme.inkMuted
                                text: detail.onlineText
                            }
                        }
                    }

                    Body {
                        Layout.fillWidth: true
                        text: detail.description
                        wrapMode: Text.WordWrap
                        lineHeight: 1.2
                    }

                }
            }
        }
    }

    Heading {
        level: 3
        font.weight: Font.Normal
        anchors.centerIn: parent
        visible: !detail.found
        text: qsTr("This product is no longer sold.")
        color: Theme.inkMuted
    }
}
