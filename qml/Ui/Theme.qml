pragma Singleton
import QtQuick

// Colours, type scale, spacing and sizes of every Comptoir screen. Views take their measures
// from here, never from literals, so light and dark and a larger screen are one change.
QtObject {
    id: root

    property bool dark: false

    readonly property color background: dark ? "#15171A" : "#F6F3EE"
    readonly property color surface: dark ? "#1F2226" : "#FFFFFF"
    readonly property color surfaceAlt: dark ? "#2A2E33" : "#EEE9E0"
    readonly property color ink: dark ? "#F2EFEA" : "#1C1F23"
    readonly property color inkMuted: dark ? "#A9A59E" : "#676259"
    readonly property color line: dark ? "#353940" : "#E0D9CE"
    readonly property color primary: dark ? "#5DB08E" : "#1F5C4A"
    readonly property color primaryPressed: dark ? "#4A9476" : "#17473A"
    readonly property color inkOnPrimary: "#FFFFFF"
    readonly property color accent: "#D9733B"
    readonly property color success: dark ? "#5BC28A" : "#2E7D4F"
    readonly property color warning: dark ? "#E3B04B" : "#A86B00"
    readonly property color danger: dark ? "#F07A66" : "#B53A27"
    readonly property color scrim: "#99000000"

    // Touch: nothing a finger must hit is smaller than this (≥ 48 px at 1080p).
    readonly property int touchTarget: 72
    readonly property int touchTargetSmall: 56

    readonly property int gap: 8
    function space(n) { return n * gap }
    readonly property int radius: 18
    readonly property int radiusSmall: 10

    readonly property string fontFamily: "Inter"
    readonly property int displaySize: 64
    readonly property int titleSize: 40
    readonly property int headingSize: 28
    readonly property int bodySize: 22
    readonly property int labelSize: 19
    readonly property int captionSize: 16

    readonly property int animationMs: 160
}
