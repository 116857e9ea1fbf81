pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The catalog as a manager changes it: the products found by a search on the left (as the server
// has them now), the chosen one's form on the right, or a new product's.
Item {
    id: root

    property alias editor: productEditor
    property alias products: productList
    property alias form: productForm

    ProductEditor {
        id: productEditor
        session: App.session
        onSaved: productList.refresh()
    }
    RemoteList {
        id: productList
        session: App.session
        path: "/products?sort=name" + (search.text.length > 0 ? "&q=" + encodeURIComponent(search.text) : "")
        maxItems: 200
        refreshOn: ["product"]
    }
    RemoteList {
        id: categoryList
        session: App.session
        path: "/categories"
    }
    Component.onCompleted: productEditor.open("")

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(3)

        ColumnLayout {
            // A layout fills by default when a child does: the list keeps its width, the form the rest.
            // A narrower list on a small screen (a 1024-pixel laptop), so the form keeps room.
            Layout.fillWidth: false
            Layout.preferredWidth: Math.round(Math.max(280, Math.min(380, root.width * 0.3)))
            Layout.fillHeight: true
            spacing: Theme.space(1)
            RowLayout {
                Layout.fillWidth: true
                Heading { level: 2; text: qsTr("Catalog") }
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "newProduct"
                    compact: true
                    text: qsTr("New product")
                    onClicked: productEditor.open("")
                }
            }
            QQC2.TextField {
                id: search
                objectName: "catalogSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name, brand, reference or barcode")
                Accessible.name: qsTr("Search the catalog")
            }
            Caption {
                visible: productList.message.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: productList.message
            }
            ListView {
                objectName: "catalogList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: productList.items
                spacing: 2
                delegate: ItemDelegateRow {}
            }
        }
        // A Flickable, not a ScrollView: the form's height follows its width, and a ScrollView's
        // scroll bar coming and going moved that width again (a polish loop).
        Flickable {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: productForm.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            BackOfficeProductForm {
                id: productForm
                objectName: "productForm"
                width: scroll.width - Theme.space(2)
                editor: productEditor
                categories: categoryList.items
            }
        }
    }

    component ItemDelegateRow: Rectangle {
        id: row
        required property var modelData
        width: ListView.view ? ListView.view.width : 0
        implicitHeight: rowText.implicitHeight + Theme.space(2)
        radius: Theme.radiusSmall
        color: productEditor.product.id === modelData.id ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12)
                                                        : mouse.containsMouse ? Theme.surfaceAlt : Theme.surface
        ColumnLayout {
            id: rowText
            anchors.fill: parent
            anchors.margins: Theme.space(1)
            spacing: 0
            Body { Layout.fillWidth: true; elide: Text.ElideRight; text: row.modelData.name }
            Caption {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: (row.modelData.brand || "") + " · " + qsTr("%n variant(s)", "", row.modelData.variants.length)
                      + " · " + App.session.formatMoney(row.modelData.variants[0].price.amount)
            }
        }
        MouseArea {
            id: mouse
            anchors.fill: parent
            hoverEnabled: true
            onClicked: productEditor.open(row.modelData.id)
        }
        Accessible.role: Accessible.Button
        Accessible.name: modelData.name
    }
}
