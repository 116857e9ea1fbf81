import QtQuick
import Comptoir.Ui

// Running text; `small` for the labels and details under a title, `strong` for what the eye
// must find first (a price, a total).
Text {
    property bool small: false
    property bool strong: false

    font.family: Theme.fontFamily
    font.pixelSize: small ? Theme.labelSize : Theme.bodySize
    font.weight: strong ? Font.DemiBold : Font.Normal
    color: Theme.ink
}
