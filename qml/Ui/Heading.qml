import QtQuick
import Comptoir.Ui

// A heading: level 1 the size of an attract screen's title, 2 a page's title, 3 a section's.
Text {
    property int level: 3

    font.family: Theme.fontFamily
    font.pixelSize: level === 1 ? Theme.displaySize : level === 2 ? Theme.titleSize : Theme.headingSize
    font.weight: Font.DemiBold
    color: Theme.ink
    Accessible.role: Accessible.Heading
}
