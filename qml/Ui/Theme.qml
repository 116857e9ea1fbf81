pragma Singleton
import QtQuick

// Colours, type scale, spacing and sizes of every Comptoir screen. Views take their measures
// from here, never from literals, so light and dark and a larger screen are one change.
QtObject {
    id: root

    // Light or dark: the system's choice by default. Qt 6.4 has no colour-scheme hint
    // (QStyleHints::colorScheme came in 6.5), so the platform palette tells: a dark window colour
    // means the desktop is dark. It follows a change of the desktop's theme while running.
    // "light" or "dark" forces one (the screenshot tour).
    property string scheme: "system"
    readonly property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property bool dark: scheme === "dark" || (scheme === "system" && systemDark)

    // Larger type and stronger contrast for a shopper who reads with difficulty (European
    // Accessibility Act). Each window binds them to App.display, which keeps the choice.
    property bool largeText: false
    property bool highContrast: false
    readonly property real textScale: largeText ? 1.3 : 1
    readonly property real targetScale: largeText ? 1.2 : 1
    function scaled(size) { return Math.round(size * textScale) }

    readonly property color background: highContrast ? (dark ? "#000000" : "#FFFFFF") : dark ? "#15171A" : "#F6F3EE"
    readonly property color surface: highContrast ? (dark ? "#0A0A0A" : "#FFFFFF") : dark ? "#1F2226" : "#FFFFFF"
    readonly property color surfaceAlt: highContrast ? (dark ? "#262626" : "#E6E6E6") : dark ? "#2A2E33" : "#EEE9E0"
    readonly property color ink: highContrast ? (dark ? "#FFFFFF" : "#000000") : dark ? "#F2EFEA" : "#1C1F23"
    readonly property color inkMuted: highContrast ? (dark ? "#E0E0E0" : "#262626") : dark ? "#A9A59E" : "#676259"
    readonly property color line: highContrast ? (dark ? "#FFFFFF" : "#000000") : dark ? "#353940" : "#E0D9CE"
    readonly property color primary: highContrast ? (dark ? "#9FF0CC" : "#0B3A2D") : dark ? "#5DB08E" : "#1F5C4A"
    readonly property color primaryPressed: highContrast ? (dark ? "#7FD6B0" : "#062019") : dark ? "#4A9476" : "#17473A"
    readonly property color inkOnPrimary: highContrast && dark ? "#000000" : "#FFFFFF"
    readonly property color accent: highContrast ? (dark ? "#FFB27A" : "#A33F00") : "#D9733B"
    readonly property color success: highContrast ? (dark ? "#8CF0B4" : "#11532C") : dark ? "#5BC28A" : "#2E7D4F"
    readonly property color warning: highContrast ? (dark ? "#FFD37A" : "#6B4400") : dark ? "#E3B04B" : "#A86B00"
    readonly property color danger: highContrast ? (dark ? "#FFA394" : "#8A1C0C") : dark ? "#F07A66" : "#B53A27"
    readonly property color scrim: "#99000000"

    // How the screen is used: "touch" (the kiosk: a finger at arm's length, nothing smaller than
    // 72 px) or "desktop" (the shop and the staff console: mouse and keyboard at 1280×800 and up).
    // Each mode's window sets it once; every size below follows it.
    property string density: "touch"
    readonly property bool touch: density === "touch"

    // Nothing a finger must hit is smaller than touchTarget (≥ 48 px at 1080p); on a desktop,
    // the size of a comfortable mouse target.
    readonly property int touchTarget: Math.round((touch ? 72 : 40) * targetScale)
    readonly property int touchTargetSmall: Math.round((touch ? 56 : 32) * targetScale)

    readonly property int gap: touch ? 8 : 6
    function space(n) { return n * gap }
    readonly property int radius: touch ? 18 : 10
    readonly property int radiusSmall: touch ? 10 : 6

    readonly property string fontFamily: "Inter"
    readonly property int displaySize: scaled(touch ? 64 : 36)
    readonly property int titleSize: scaled(touch ? 40 : 26)
    readonly property int headingSize: scaled(touch ? 28 : 19)
    readonly property int bodySize: scaled(touch ? 22 : 15)
    readonly property int labelSize: scaled(touch ? 19 : 14)
    readonly property int captionSize: scaled(touch ? 16 : 12)

    // Sizes of recurring pieces, so views hold no pixel literals.
    readonly property int iconSize: scaled(touch ? 40 : 24)
    readonly property int dotSize: touch ? 12 : 8
    readonly property int thumbnailSize: touch ? 118 : 64
    readonly property int priceColumnWidth: touch ? 150 : 100
    readonly property int panelWidth: touch ? 520 : 360
    readonly property int fieldWidth: touch ? 560 : 360

    readonly property int animationMs: 160
}
