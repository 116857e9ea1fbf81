// No `pragma ComponentBehavior: Bound` here: under Qt 6.4 it leaves a view's header, highlight
// and section delegates uncreated ("Component is not ready").
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The shop's home: the departments (the top of the category tree) and featured products, the
// newest of each category. Read from the cache: it opens the same offline.
ColumnLayout {
    id: root
    objectName: "shopHomePage"

    signal categoryChosen(string categoryId, string title)
    signal productChosen(string productId)

    spacing: 0

    // For the screenshot tour: [id, name] of the department with the most products.
    function tourDepartment() {
        let best = ["", ""], most = -1
        for (let i = 0; i < departmentRepeater.count; ++i) {
            const item = departmentRepeater.itemAt(i)
            if (item.productCount > most) {
                most = item.productCount
                best = [item.categoryId, item.name]
            }
        }
        return best
    }

    CategoryModel {
        id: departments
        objectName: "departments"
        session: App.session
    }
    ProductListModel {
        id: featured
        objectName: "featuredProducts"
        session: App.session
        featured: true
    }

    ShopOfflineBanner {
        Layout.fillWidth: true
    }

    QQC2.ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.space(3)

            Heading {
                Layout.topMargin: Theme.space(4)
                Layout.leftMargin: Theme.space(4)
                level: 1
                text: App.customer.signedIn ? qsTr("Hello, %1").arg(App.customer.userName) : qsTr("Welcome")
            }
            Body {
                Layout.leftMargin: Theme.space(4)
                color: Theme.inkMuted
                visible: !App.session.catalogReady
                text: qsTr("Getting the catalog ready…")
            }

            Heading {
                Layout.leftMargin: Theme.space(4)
                level: 2
                visible: departments.count > 0
                text: qsTr("Departments")
            }
            GridLayout {
                id: departmentGrid
                objectName: "departmentGrid"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.space(4)
                Layout.rightMargin: Theme.space(4)
                columns: Math.max(2, Math.floor(width / (Theme.panelWidth * 0.75)))
                columnSpacing: Theme.space(2)
                rowSpacing: Theme.space(2)
                Repeater {
                    id: departmentRepeater
                    model: departments
                    delegate: QQC2.AbstractButton {
                        id: department
                        required property string categoryId
                        required property string name
                        required property int productCount
                        objectName: "department_" + categoryId
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget * 2
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("%1, %Ln product(s)", "", productCount).arg(name)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        onClicked: root.categoryChosen(categoryId, name)
                        background: Rectangle {
                            radius: Theme.radius
                            color: department.down ? Theme.surfaceAlt : Theme.surface
                            border.width: department.activeFocus ? 3 : 1
                            border.color: department.activeFocus ? Theme.primary : Theme.line
                        }
                        contentItem: ColumnLayout {
                            spacing: Theme.space(0.5)
                            Heading {
                                Layout.leftMargin: Theme.space(2)
                                level: 3
                                text: department.name
                            }
                            Caption {
                                Layout.leftMargin: Theme.space(2)
                                text: qsTr("%Ln product(s)", "", department.productCount)
                            }
                        }
                    }
                }
            }

            Heading {
                Layout.leftMargin: Theme.space(4)
                level: 2
                visible: featuredList.count > 0
                text: qsTr("Featured")
            }
            ListView {
                id: featuredList
                objectName: "featuredList"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.space(3)
                Layout.rightMargin: Theme.space(3)
                readonly property real tileWidth: Theme.panelWidth * 0.62
                Layout.preferredHeight: tileWidth * 1.45
                orientation: ListView.Horizontal
                clip: true
                model: featured
                keyNavigationEnabled: true
                activeFocusOnTab: true
                highlightMoveDuration: 0
                highlight: Rectangle {
                    z: 2
                    color: "transparent"
                    radius: Theme.radius
                    border.width: featuredList.activeFocus ? 3 : 0
                    border.color: Theme.primary
                }
                Keys.onReturnPressed: if (currentItem) root.productChosen(currentItem.productId)
                QQC2.ScrollBar.horizontal: QQC2.ScrollBar {}
                delegate: ProductTile {
                    width: featuredList.tileWidth
                    height: featuredList.height
                    Accessible.name: qsTr("%1, %2, %3").arg(name).arg(brand).arg(priceText)
                    onChosen: productId => root.productChosen(productId)
                }
            }

            Heading {
                Layout.leftMargin: Theme.space(4)
                level: 2
                visible: recentList.count > 0
                text: qsTr("Recently viewed")
            }
            ListView {
                id: recentList
                objectName: "recentlyViewedList"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.space(3)
                Layout.rightMargin: Theme.space(3)
                Layout.bottomMargin: Theme.space(4)
                Layout.preferredHeight: count > 0 ? Theme.thumbnailSize + Theme.space(8) : 0
                orientation: ListView.Horizontal
                spacing: Theme.space(2)
                clip: true
                model: App.recentlyViewed
                activeFocusOnTab: count > 0
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Recently viewed")
                Keys.onReturnPressed: if (currentItem) root.productChosen(currentItem.productId)
                delegate: QQC2.AbstractButton {
                    id: recent
                    required property string productId
                    required property string name
                    required property string priceText
                    required property string imageSource
                    width: Theme.thumbnailSize * 1.6
                    height: ListView.view.height
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("%1, %2").arg(name).arg(priceText)
                    onClicked: root.productChosen(productId)
                    contentItem: ColumnLayout {
                        spacing: Theme.space(1)
                        ProductImage {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: Theme.thumbnailSize
                            Layout.preferredHeight: Theme.thumbnailSize
                            source: recent.imageSource
                            name: recent.name
                        }
                        Caption {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            elide: Text.ElideRight
                            text: recent.name
                        }
                    }
                }
            }
        }
    }
}
