import QtQuick
import Comptoir.Ui

// The small print: a brand above a name, a hint under a field, a status word.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.captionSize
    color: Theme.inkMuted
}
