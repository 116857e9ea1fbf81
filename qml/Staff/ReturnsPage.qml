import QtQuick
import Comptoir.Ui

// Placeholder until its screen lands (the store floor's issue): the rail already leads here.
Item {
    id: root

    Heading {
        anchors.centerIn: parent
        level: 2
        text: qsTr("Returns")
    }
}
