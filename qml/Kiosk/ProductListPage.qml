pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Products of a department, or of a search typed on the on-screen keyboard, with sort and an
// "in stock here" filter. The grid pages through the cache as the shopper scrolls.
Item {
    id: root

    readonly property bool showsTopBar: true
    property string categoryId: ""
    property string title: ""
    property bool searching: false
    property bool keyboardShown: searching
    signal productChosen(string productId)

    function typeForTour(text) {
        products.searchText = text
        products.reloadNow()
    }
    function openFirstForTour() {
        products.reloadNow()
        if (grid.count > 0)
            root.productChosen(grid.itemAtIndex(0).productId)
    }

    ProductListModel {
        id: products
        session: App.session
        objectName: "productList"
        categoryId: root.categoryId
        sort: root.searching && searchActive ? "relevance" : "name"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(4)
        anchors.bottomMargin: keyboard.visible ? keyboard.height + Theme.space(2) : Theme.space(4)
        spacing: Theme.space(3)

        SearchField {
            Layout.fillWidth: true
            visible: root.searching
            text: products.searchText
            active: root.keyboardShown
            onActivated: root.keyboardShown = true
            onCleared: products.searchText = ""
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Text {
                Layout.fillWidth: true
                text: {
                    if (!root.searching)
                        return root.title
                    if (!products.searchActive)
                        return qsTr("Type two letters or more")
                    if (products.totalIsAtLeast)
                        return qsTr("More than %L1 results: type a little more").arg(products.total)
                    return qsTr("%n result(s)", "", products.total)
                }
                font.family: Theme.fontFamily
                font.pixelSize: root.searching ? Theme.headingSize : Theme.titleSize
                font.weight: Font.Bold
                color: Theme.ink
                elide: Text.ElideRight
            }
            Chip {
                visible: root.searching && products.searchActive
                text: qsTr("Best match")
                selected: products.sort === "relevance"
                onClicked: products.sort = "relevance"
            }
            Chip {
                text: qsTr("A–Z")
                selected: products.sort === "name"
                onClicked: products.sort = "name"
            }
            Chip {
                text: qsTr("Price ↑")
                selected: products.sort === "price_asc"
                onClicked: products.sort = "price_asc"
            }
            Chip {
                text: qsTr("Price ↓")
                selected: products.sort === "price_desc"
                onClicked: products.sort = "price_desc"
            }
            Chip {
                text: qsTr("In stock here")
                selected: products.inStockOnly
                onClicked: products.inStockOnly = !products.inStockOnly
            }
        }
        GridView {
            id: grid
            objectName: "productGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: products
            cellWidth: width / Math.max(1, Math.floor(width / 300))
            cellHeight: 420
            cacheBuffer: 800
            QQC2.ScrollBar.vertical: QQC2.ScrollBar { width: 16 }
            onMovementStarted: root.keyboardShown = false
            delegate: ProductTile {
                width: grid.cellWidth
                height: grid.cellHeight
                onChosen: productId => root.productChosen(productId)
            }
        }
    }

    Heading {
        level: 3
        font.weight: Font.Normal
        anchors.centerIn: parent
        visible: grid.count === 0 && (!root.searching || products.searchActive)
        width: parent.width * 0.6
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: products.inStockOnly ? qsTr("Nothing here is in stock in this store. Try without the filter.")
                                   : qsTr("No product matches. Try another word, or a brand.")
        color: Theme.inkMuted
    }

    OnScreenKeyboard {
        id: keyboard
        objectName: "keyboard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: root.keyboardShown
        layout: App.session.language
        acceptText: qsTr("Show")
        onTyped: text => products.searchText = products.searchText + text
        onBackspace: products.searchText = products.searchText.slice(0, -1)
        onAccepted: root.keyboardShown = false
    }
}
