import QtQuick
import Comptoir.Ui
import Comptoir.App

// A category's products with facets, or search results as the customer types.
// (A placeholder of the shell: the page comes with its part of the shop.)
Item {
    id: root
    objectName: "shopCategoryPage"

    property string categoryId: ""
    property string title: ""
    property bool searching: false
    property string searchText: ""
    signal productChosen(string productId)

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Coming soon")
    }
}
