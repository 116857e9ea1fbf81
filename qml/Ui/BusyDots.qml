pragma ComponentBehavior: Bound
import QtQuick
import Comptoir.Ui

// Three dots that breathe: something is happening, calmly.
Row {
    id: root

    property color color: Theme.primary
    property int dotSize: 18
    spacing: dotSize / 2

    Repeater {
        model: 3
        delegate: Rectangle {
            id: dot
            required property int index
            width: root.dotSize
            height: root.dotSize
            radius: root.dotSize / 2
            color: root.color
            opacity: 0.25
            SequentialAnimation on opacity {
                loops: Animation.Infinite
                PauseAnimation { duration: dot.index * 180 }
                NumberAnimation { to: 1; duration: 360 }
                NumberAnimation { to: 0.25; duration: 360 }
                PauseAnimation { duration: (2 - dot.index) * 180 }
            }
        }
    }
}
