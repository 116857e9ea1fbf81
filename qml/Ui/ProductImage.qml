import QtQuick
import Comptoir.Ui

// A product's picture, or its initials on a soft tile while it loads or when there is none.
Rectangle {
    id: root

    property string source: ""
    property string name: ""

    color: Theme.surfaceAlt
    radius: Theme.radiusSmall
    clip: true

    Text {
        anchors.centerIn: parent
        visible: image.status !== Image.Ready
        text: root.name.split(" ").slice(0, 2).map(w => w.charAt(0).toUpperCase()).join("")
        font.family: Theme.fontFamily
        font.pixelSize: Math.max(18, root.height / 4)
        font.weight: Font.DemiBold
        color: Theme.inkMuted
    }
    Image {
        id: image
        anchors.fill: parent
        source: root.source
        sourceSize.width: Math.ceil(root.width)
        sourceSize.height: Math.ceil(root.height)
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: true
    }
}
