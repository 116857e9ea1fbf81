#pragma once
// Tells a barcode scanner from a person at the same keyboard. A scanner is a keyboard that types
// a whole code and Enter in a burst (a few milliseconds a key); a person types slower, and what
// they type is rarely a checksummed EAN. So: digits that arrive close together are held back;
// Enter after 8 or 13 of them whose check digit is right is a scan (the digits never reach the
// field that had the focus); anything else (a slow key, a letter, a bad checksum, a wrong
// length, a pause) releases what was held, in order, to where it was going.
//
// Pure logic over timestamps, so the rules are tested without a window or a clock;
// ScannerInput applies it to a window's key events.

#include <QList>
#include <QString>

namespace comptoir::app {

class ScanDetector {
public:
    struct Rules {
        // The longest pause between two keys of one scan. USB scanners send a key every
        // 1–10 ms; a fast typist manages 60–120 ms between keys.
        int maxGapMs = 40;
    };

    enum class Action {
        Pass,    // deliver the key now (nothing held, or the key cannot belong to a scan)
        Hold,    // keep the key back: it may be part of a scan
        Release, // deliver the held keys (oldest first), then decide on this key again
        Scan,    // the held keys and this Enter were a scan: drop them, `code()` is what was read
    };

    ScanDetector() = default;
    explicit ScanDetector(Rules rules) : m_rules(rules) {}

    // A key press: `text` is what it types ("7"), `enter` is Return/Enter, `atMs` when it came.
    // After Release, call again with the same key (the held keys are gone by then).
    [[nodiscard]] Action keyPressed(const QString& text, bool enter, qint64 atMs);
    // No key for a while (`nowMs`): Release when the held keys can no longer be a scan.
    [[nodiscard]] Action idle(qint64 nowMs);
    // Forget the held keys after their release (the caller delivered them).
    void released();

    [[nodiscard]] int heldCount() const { return int(m_digits.size()); }
    [[nodiscard]] const QString& code() const { return m_code; }
    [[nodiscard]] const Rules& rules() const { return m_rules; }

    // 8 (EAN-8) or 13 (EAN-13) digits with the right check digit.
    [[nodiscard]] static bool isValidEan(const QString& digits);

private:
    Rules m_rules;
    QString m_digits;
    qint64 m_lastAtMs = 0;
    QString m_code;
};

} // namespace comptoir::app
