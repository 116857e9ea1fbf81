#pragma once
// The one place the console makes itself heard: a new click & collect order to prepare (and, for
// the till, a scan it did not know). Views ask for a chime; whether a sound comes out is decided
// here, once for every mode. The toolchain ships no audio output library yet (Qt Multimedia
// brings ~100 packages with FFmpeg), so for now a chime is counted, logged and shown: the rail's
// badge pulses. A sound backend replaces `ring`'s body alone.

#include <QObject>
#include <QQmlEngine>

namespace comptoir::app {

class Chime : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The App owns the chime")
    Q_PROPERTY(int rings READ rings NOTIFY rang)

public:
    enum Kind { NewOrder, Unknown };
    Q_ENUM(Kind)

    using QObject::QObject;

    [[nodiscard]] int rings() const { return m_rings; }
    Q_INVOKABLE void ring(Kind kind);

signals:
    void rang(comptoir::app::Chime::Kind kind);

private:
    int m_rings = 0;
};

} // namespace comptoir::app
