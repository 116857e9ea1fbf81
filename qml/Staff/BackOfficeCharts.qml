pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtCharts
import Comptoir.Ui
import Comptoir.App

// The dashboard's four charts (Qt Charts, Debian's qml6-module-qtcharts): sales per hour today
// against the same weekday last week, sales per day over 30 days, the payment mix, the top
// products. A file of its own so the dashboard's figures still show where Qt Charts is missing:
// the page loads it through a Loader.
GridLayout {
    id: root

    required property SalesDashboard dashboard

    columns: 2
    rowSpacing: Theme.space(2)
    columnSpacing: Theme.space(2)

    component Chart: ChartView {
        antialiasing: true
        legend.labelColor: Theme.ink
        legend.font.family: Theme.fontFamily
        titleColor: Theme.ink
        titleFont.family: Theme.fontFamily
        titleFont.pixelSize: Theme.labelSize
        backgroundColor: Theme.surface
        backgroundRoundness: Theme.radius
        margins { left: 4; right: 4; top: 4; bottom: 4 }
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 220
    }

    Chart {
        id: hourlyChart
        objectName: "hourlyChart"
        // For the tests: where the hours' ticks fall.
        readonly property alias hourAxis: hourAxis
        title: root.dashboard.hourlyAvailable ? qsTr("Sales per hour: today and the same day last week (€)")
                                              : qsTr("Sales per hour: this server does not report hours yet")
        LineSeries {
            id: lastWeekLine
            name: qsTr("Same day last week")
            color: Theme.inkMuted
            width: 2
            // A tick every three whole hours from midnight: 23 ÷ 6 steps would put "3 h" at 3.8.
            axisX: ValueAxis {
                id: hourAxis
                objectName: "hourAxis"
                min: 0
                max: 23
                tickType: ValueAxis.TicksDynamic
                tickAnchor: 0
                tickInterval: 3
                labelFormat: "%d h"
                labelsColor: Theme.inkMuted
            }
            axisY: ValueAxis { id: hourValues; min: 0; max: Math.max(10, root.dashboard.hourlyMax * 1.1); labelFormat: "%.0f"; labelsColor: Theme.inkMuted }
        }
        LineSeries {
            id: todayLine
            name: qsTr("Today")
            color: Theme.primary
            width: 3
            axisX: hourAxis
            axisY: hourValues
        }
        function fill() {
            todayLine.clear()
            lastWeekLine.clear()
            const today = root.dashboard.hourlyToday
            const before = root.dashboard.hourlyLastWeek
            // The store's hour, not this computer's: the dashboard reads both in the store's zone.
            const now = root.dashboard.currentHour
            for (let h = 0; h < 24; ++h) {
                lastWeekLine.append(h, before[h] || 0)
                if (h <= now)
                    todayLine.append(h, today[h] || 0)
            }
        }
        Component.onCompleted: fill()
        Connections {
            target: root.dashboard
            function onFiguresChanged() { hourlyChart.fill() }
        }
    }
    Chart {
        id: dailyChart
        objectName: "dailyChart"
        // For the tests: one category per day drawn.
        readonly property alias dayAxis: dayAxis
        title: qsTr("Sales per day, last 30 days (€)")
        legend.visible: false
        BarSeries {
            id: dailyBars
            // Upright labels: a day's slot is narrower than "12 nov.", which Qt Charts then cut to "…".
            axisX: BarCategoryAxis { id: dayAxis; objectName: "dayAxis"; labelsAngle: -90; labelsColor: Theme.inkMuted; labelsFont.pixelSize: Theme.captionSize }
            axisY: ValueAxis { min: 0; max: Math.max(10, root.dashboard.dailyMax * 1.1); labelFormat: "%.0f"; labelsColor: Theme.inkMuted }
        }
        function fill() {
            dailyBars.clear()
            const days = root.dashboard.daily
            const labels = []
            const values = []
            for (let i = 0; i < days.length; ++i) {
                // Every fifth day named (today last); the others blank, and each blank unique
                // (zero-width spaces): the axis drops a repeated category, and the bars past
                // its last category (today's among them) were not drawn.
                labels.push(i % 5 === 4 ? days[i].label : "\u200b".repeat(i + 1))
                values.push(days[i].amount)
            }
            dayAxis.categories = labels
            const set = dailyBars.append(qsTr("Sales"), values)
            set.color = Theme.primary
            set.borderColor = Theme.primary
        }
        Component.onCompleted: fill()
        Connections {
            target: root.dashboard
            function onFiguresChanged() { dailyChart.fill() }
        }
    }
    Chart {
        id: paymentChart
        objectName: "paymentChart"
        title: root.dashboard.paymentMixAvailable ? qsTr("Payment mix, last 30 days")
                                                  : qsTr("Payment mix: this server does not report it yet")
        legend.alignment: Qt.AlignRight
        PieSeries {
            id: paymentPie
            size: 0.8
            holeSize: 0.45
        }
        function fill() {
            paymentPie.clear()
            const tones = [Theme.primary, Theme.accent, Theme.warning, Theme.inkMuted]
            const mix = root.dashboard.paymentMix
            for (let i = 0; i < mix.length; ++i) {
                const slice = paymentPie.append(mix[i].label + " · " + mix[i].amountText, mix[i].amount)
                slice.color = tones[i % tones.length]
                slice.labelColor = Theme.ink
            }
        }
        Component.onCompleted: fill()
        Connections {
            target: root.dashboard
            function onFiguresChanged() { paymentChart.fill() }
        }
    }
    Chart {
        id: topProductsChart
        objectName: "topProductsChart"
        title: qsTr("Top products, last 30 days (€)")
        legend.visible: false
        HorizontalBarSeries {
            id: topBars
            axisY: BarCategoryAxis { id: productAxis; labelsColor: Theme.ink; labelsFont.pixelSize: Theme.captionSize }
            axisX: ValueAxis { id: topValues; min: 0; labelFormat: "%.0f"; labelsColor: Theme.inkMuted }
        }
        function fill() {
            topBars.clear()
            const top = root.dashboard.topProducts
            const names = []
            const values = []
            let most = 10
            // The best at the top: a horizontal bar chart draws its first category at the bottom.
            for (let i = top.length - 1; i >= 0; --i) {
                names.push(top[i].name.length > 22 ? top[i].name.slice(0, 21) + "…" : top[i].name)
                values.push(top[i].amount)
                most = Math.max(most, top[i].amount)
            }
            productAxis.categories = names
            topValues.max = most * 1.1
            const set = topBars.append(qsTr("Revenue"), values)
            set.color = Theme.accent
            set.borderColor = Theme.accent
        }
        Component.onCompleted: fill()
        Connections {
            target: root.dashboard
            function onFiguresChanged() { topProductsChart.fill() }
        }
    }
}
