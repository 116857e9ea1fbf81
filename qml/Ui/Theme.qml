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

    // How the screen is used: "touch" (the kiosk: a finger at arm's length, nothing smaller than
    // 72 px) or "desktop" (the shop and the staff console: mouse and keyboard at 1280×800 and up).
    // Each mode's window sets it once; every size below follows it.
    property string density: "touch"
    readonly property bool touch: density === "touch"

    // Nothing a finger must hit is smaller than touchTarget (≥ 48 px at 1080p); on a desktop,
    // the size of a comfortable mouse target.
    readonly property int touchTarget: touch ? 72 : 40
    readonly property int touchTargetSmall: touch ? 56 : 32

    readonly property int gap: touch ? 8 : 6
    function space(n) { return n * gap }
    readonly property int radius: touch ? 18 : 10
    readonly property int radiusSmall: touch ? 10 : 6

    readonly property string fontFamily: "Inter"
    readonly property int displaySize: touch ? 64 : 36
    readonly property int titleSize: touch ? 40 : 26
    readonly property int headingSize: touch ? 28 : 19
    readonly property int bodySize: touch ? 22 : 15
    readonly property int labelSize: touch ? 19 : 14
    readonly property int captionSize: touch ? 16 : 12

    // Sizes of recurring pieces, so views hold no pixel literals.
    readonly property int iconSize: touch ? 40 : 24
    readonly property int dotSize: touch ? 12 : 8
    readonly property int thumbnailSize: touch ? 118 : 64
    readonly property int priceColumnWidth: touch ? 150 : 100
    readonly property int panelWidth: touch ? 520 : 360
    readonly property int fieldWidth: touch ? 560 : 360

    readonly property int animationMs: 160
}
