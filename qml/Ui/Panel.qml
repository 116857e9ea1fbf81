import QtQuick
import Comptoir.Ui

// A raised surface that groups one thing (a summary, a choice).
Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.width: 1
    border.color: Theme.line
}
