// No `pragma ComponentBehavior: Bound` here: under Qt 6.4 it leaves a view's header, highlight
// and section delegates uncreated ("Component is not ready").
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// A category's products, or search results as the customer types, with facets on the left
// (brand, size, colour, price, in stock at my store: each value with how many it would show) and
// a grid whose column count follows the window. Arrow keys move between cards, Enter opens one.
Item {
    id: root
    objectName: "shopCategoryPage"

    property string categoryId: ""
    property string title: ""
    property bool searching: false
    property string searchText: ""
    signal productChosen(string productId)
    // A heart clicked by someone not signed in.
    signal signInRequested()

    // For the screenshot tour and the tests: the facet value clicked as a customer would.
    function toggleFacet(facet, value) {
        facets.toggle(facet, value)
    }
    // For the screenshot tour: the facets read now, and a size ticked as a customer would.
    function tourFilter() {
        facets.reloadNow()
        for (const size of ["M", "38", "L"]) {
            if (facets.countOf("size", size) > 0) {
                facets.toggle("size", size)
                break
            }
        }
        products.reloadNow()
    }
    function openFirstForTour() {
        products.reloadNow()
        if (grid.count > 0)
            root.productChosen(grid.itemAtIndex(0).productId)
    }

    QQC2.StackView.onActivated: grid.forceActiveFocus()

    ProductListModel {
        id: products
        objectName: "productList"
        session: App.session
        categoryId: root.categoryId
        searchText: root.searching ? root.searchText : ""
        // The list shows what the facets matched, in its sort, paged by rid.
        ranking: facets
        // A search opens on its best matches; a category on its names.
        sort: root.searching ? "relevance" : "name"
    }
    FacetModel {
        id: facets
        objectName: "facetModel"
        session: App.session
        categoryId: root.categoryId
        searchText: root.searching ? root.searchText : ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ShopOfflineBanner {
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // The facets.
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.panelWidth * 0.72
                color: Theme.surface
                ListView {
                    id: facetList
                    objectName: "facetList"
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    clip: true
                    model: facets
                    spacing: 0
                    activeFocusOnTab: false
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                    header: ColumnLayout {
                        width: facetList.width
                        spacing: Theme.space(1)
                        RowLayout {
                            Layout.fillWidth: true
                            Heading {
                                level: 3
                                Layout.fillWidth: true
                                text: qsTr("Filter")
                            }
                            ActionButton {
                                objectName: "clearFacets"
                                kind: "quiet"
                                compact: true
                                visible: facets.anySelected
                                text: qsTr("Clear all")
                                onClicked: facets.clear()
                            }
                        }
                        ShopStorePicker {
                            Layout.fillWidth: true
                        }
                    }
                    section.property: "facetLabel"
                    section.delegate: Body {
                        required property string section
                        width: facetList.width
                        topPadding: Theme.space(2)
                        bottomPadding: Theme.space(0.5)
                        strong: true
                        text: section
                    }
                    delegate: QQC2.CheckBox {
                        id: facetBox
                        required property string facet
                        required property string value
                        required property string label
                        required property int count
                        required property bool selected
                        objectName: "facet_" + facet + "_" + value
                        width: facetList.width
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        checked: selected
                        // A value that would show nothing stays listed (the customer sees why) but
                        // cannot be chosen unless it already is.
                        enabled: count > 0 || selected
                        text: qsTr("%1 (%L2)").arg(label).arg(count)
                        Accessible.name: qsTr("%1, %n product(s)", "", count).arg(label)
                        onToggled: {
                            facets.toggle(facet, value)
                            // The box follows the model again (a click set it by hand).
                            checked = Qt.binding(() => facetBox.selected)
                        }
                    }
                }
                Rectangle {
                    anchors.right: parent.right
                    width: 1
                    height: parent.height
                    color: Theme.line
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: Theme.space(3)
                spacing: Theme.space(2)

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(2)
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Heading {
                            objectName: "categoryTitle"
                            level: 2
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: root.searching ? qsTr("Results for “%1”").arg(root.searchText) : root.title
                        }
                        Caption {
                            objectName: "resultCount"
                            text: {
                                if (root.searching && !products.searchActive)
                                    return qsTr("Type two letters or more")
                                if (products.totalIsAtLeast)
                                    return qsTr("More than %L1 products: type a little more").arg(products.total)
                                return qsTr("%Ln product(s)", "", products.total)
                            }
                        }
                    }
                    Caption {
                        text: qsTr("Sort by")
                    }
                    QQC2.ComboBox {
                        id: sortMenu
                        objectName: "sortMenu"
                        Layout.preferredWidth: Theme.fieldWidth * 0.6
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        textRole: "text"
                        valueRole: "value"
                        Accessible.name: qsTr("Sort by")
                        model: [
                            { value: "relevance", text: qsTr("Relevance") },
                            { value: "name", text: qsTr("Name") },
                            { value: "price_asc", text: qsTr("Price, lowest first") },
                            { value: "price_desc", text: qsTr("Price, highest first") }
                        ]
                        currentIndex: ["relevance", "name", "price_asc", "price_desc"].indexOf(products.sort)
                        onActivated: products.sort = currentValue
                    }
                }

                GridView {
                    id: grid
                    objectName: "productGrid"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    model: products
                    keyNavigationEnabled: true
                    // From 1024 px to 4K: as many columns of about 240 px as the width holds.
                    readonly property int columns: Math.max(2, Math.floor(width / (Theme.panelWidth * 0.66)))
                    cellWidth: width / columns
                    cellHeight: cellWidth * 1.45
                    cacheBuffer: cellHeight * 2
                    highlightFollowsCurrentItem: true
                    highlightMoveDuration: 0
                    highlight: Rectangle {
                        z: 2
                        color: "transparent"
                        radius: Theme.radius
                        border.width: grid.activeFocus ? 3 : 0
                        border.color: Theme.primary
                    }
                    Accessible.role: Accessible.List
                    Accessible.name: root.searching ? qsTr("Search results") : qsTr("Products of %1").arg(root.title)
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                    Keys.onReturnPressed: openCurrent()
                    Keys.onEnterPressed: openCurrent()
                    function openCurrent() {
                        if (currentItem && !currentItem.placeholder)
                            root.productChosen(currentItem.productId)
                    }
                    delegate: ProductTile {
                        id: tile
                        width: grid.cellWidth
                        height: grid.cellHeight
                        Accessible.role: Accessible.ListItem
                        Accessible.name: placeholder ? qsTr("Loading…")
                                                     : qsTr("%1, %2, %3").arg(name).arg(brand).arg(priceText)
                        onChosen: productId => root.productChosen(productId)
                        WishlistHeart {
                            objectName: "tileWishlistHeart-" + tile.productId
                            anchors.top: parent.top
                            anchors.right: parent.right
                            anchors.margins: Theme.space(1)
                            visible: !tile.placeholder
                            productId: tile.productId
                            onSignInRequested: root.signInRequested()
                        }
                    }
                }
            }
        }
    }

    Heading {
        level: 3
        font.weight: Font.Normal
        anchors.centerIn: parent
        anchors.horizontalCenterOffset: Theme.panelWidth * 0.36
        visible: grid.count === 0 && (!root.searching || products.searchActive)
        width: parent.width * 0.5
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.inkMuted
        text: facets.anySelected ? qsTr("Nothing matches all these filters. Untick one to see more.")
                                 : qsTr("No product matches. Try another word, or a brand.")
    }
}
