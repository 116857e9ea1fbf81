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
            // Whether this dot's animation runs (for the tests).
            readonly property alias breathing: breath.running
            opacity: 0.25
            SequentialAnimation on opacity {
                id: breath
                // Only while shown: a running animation makes the window draw every frame, hidden
                // or not (the till's payment panel holds one from start-up: with OpenGL that was a
                // core's worth of frames behind every scan, see docs/performance.md).
                running: root.visible
                loops: Animation.Infinite
                PauseAnimation { duration: dot.index * 180 }
                NumberAnimation { to: 1; duration: 360 }
                NumberAnimation { to: 0.25; duration: 360 }
                PauseAnimation { duration: (2 - dot.index) * 180 }
            }
        }
    }
}
