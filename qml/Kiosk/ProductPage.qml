pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// One product: its options as chips, the price of the chosen variant, and where it can be had:
// here, in another store, or shipped.
Item {
    id: root

    readonly property bool showsTopBar: true
    property alias productId: detail.productId
    property int quantity: 1
    signal cartRequested()

    function addForTour(quantity) {
        root.quantity = quantity
        addButton.clicked()
    }

    ProductDetail {
        id: detail
        session: App.session
        objectName: "productDetail"
    }

    Timer {
        id: addedTimer
        interval: 4000
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(5)
        spacing: Theme.space(6)

        ProductImage {
            Layout.preferredWidth: parent.width * 0.42
            Layout.fillHeight: true
            source: detail.image
            name: detail.name
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(3)

            Body {
                small: true
                text: detail.brand
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1.5
                color: Theme.inkMuted
            }
            Heading {
                level: 2
                Layout.fillWidth: true
                text: detail.name
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            RowLayout {
                spacing: Theme.space(2)
                Heading {
                    level: 2
                    text: detail.priceText
                    color: Theme.primary
                }
                Caption {
                    Layout.alignment: Qt.AlignBottom
                    Layout.bottomMargin: 6
                    text: detail.taxText
                }
            }
            Body {
                Layout.fillWidth: true
                text: detail.description
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                lineHeight: 1.2
            }

            OptionChips {
                Layout.fillWidth: true
                groups: detail.optionGroups
                onOptionChosen: (key, value) => detail.selectOption(key, value)
            }

            Panel {
                Layout.fillWidth: true
                Layout.preferredHeight: stockColumn.implicitHeight + Theme.space(4)
                ColumnLayout {
                    id: stockColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    spacing: Theme.space(1)
                    RowLayout {
                        spacing: Theme.space(1)
                        Rectangle {
                            width: 14
                            height: 14
                            radius: 7
                            color: detail.availableHere > 0 ? Theme.success : Theme.danger
                        }
                        Body {
                            objectName: "hereText"
                            text: detail.hereText
                            strong: true
                        }
                    }
                    Repeater {
                        model: detail.otherStores
                        delegate: Text {
                            required property var modelData
                            text: qsTr("At %1: %2").arg(modelData.name).arg(modelData.available)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.labelSize
                            color: Theme.inkMuted
                        }
                    }
                    Body {
                        small: true
                        text: detail.onlineText
                        color: Theme.inkMuted
                    }
                }
            }

            Item { Layout.fillHeight: true }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space(3)
                QuantityStepper {
                    value: root.quantity
                    onChangeRequested: value => root.quantity = value
                }
                ActionButton {
                    id: addButton
                    objectName: "addToCart"
                    Layout.fillWidth: true
                    text: qsTr("Add to cart")
                    enabled: detail.selectedSku.length > 0
                    onClicked: {
                        if (App.cart.add(detail.selectedSku, root.quantity))
                            addedTimer.restart()
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                radius: Theme.radius
                color: Theme.surfaceAlt
                visible: addedTimer.running
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.space(3)
                    anchors.rightMargin: Theme.space(1)
                    Body {
                        Layout.fillWidth: true
                        text: qsTr("Added to your cart.")
                    }
                    ActionButton {
                        kind: "quiet"
                        compact: true
                        text: qsTr("See the cart")
                        onClicked: root.cartRequested()
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
