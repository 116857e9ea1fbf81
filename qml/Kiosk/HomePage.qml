pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Where shopping starts: a search field and the store's departments as big tiles.
Item {
    id: root

    readonly property bool showsTopBar: true
    signal categoryChosen(string categoryId, string title)
    signal searchRequested()

    function chooseFirstForTour() {
        if (categories.count > 0)
            grid.itemAtIndex(0).clicked()
    }

    CategoryModel {
        id: categories
        session: App.session
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(5)
        spacing: Theme.space(4)

        Heading {
            level: 2
            text: qsTr("What are you looking for?")
            font.weight: Font.Bold
        }
        SearchField {
            Layout.fillWidth: true
            Layout.maximumWidth: 1100
            onActivated: root.searchRequested()
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: categories
            cellWidth: width / Math.max(1, Math.floor(width / 340))
            cellHeight: 200
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: Item {
                id: cell
                required property string categoryId
                required property string name
                required property int productCount
                required property int index
                signal clicked()
                onClicked: root.categoryChosen(categoryId, name)
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: Theme.space(1)
                    radius: Theme.radius
                    color: area.pressed ? Theme.surfaceAlt : Theme.surface
                    border.width: 1
                    border.color: Theme.line
                    Rectangle {
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        width: 10
                        radius: Theme.radius
                        color: [Theme.primary, Theme.accent, Theme.success, Theme.warning][cell.index % 4]
                    }
                    Column {
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.space(4)
                        anchors.right: parent.right
                        anchors.rightMargin: Theme.space(2)
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: Theme.space(1)
                        Heading {
                            level: 3
                            width: parent.width
                            text: cell.name
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Body {
                            small: true
                            text: qsTr("%n product(s)", "", cell.productCount)
                            color: Theme.inkMuted
                        }
                    }
                    MouseArea {
                        id: area
                        anchors.fill: parent
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("%1, %n product(s)", "", cell.productCount).arg(cell.name)
                        Accessible.onPressAction: cell.clicked()
                        onClicked: cell.clicked()
                    }
                }
            }
        }
    }

    Heading {
        level: 3
        font.weight: Font.Normal
        anchors.centerIn: parent
        visible: categories.count === 0
        text: App.session.catalogReady ? qsTr("The catalog is empty.") : qsTr("Getting the catalog ready…")
        color: Theme.inkMuted
    }
}
