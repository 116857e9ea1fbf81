#include "app/till/scandetector.h"

namespace comptoir::app {

namespace {

bool isDigit(const QString& text)
{
    return text.size() == 1 && text[0] >= u'0' && text[0] <= u'9';
}

} // namespace

bool ScanDetector::isValidEan(const QString& digits)
{
    if (digits.size() != 8 && digits.size() != 13)
        return false;
    // GS1 check digit: from the right, the digits before it weigh 3, 1, 3, 1…
    int sum = 0;
    for (qsizetype i = digits.size() - 2, weight = 3; i >= 0; --i, weight = 4 - weight) {
        if (!digits[i].isDigit())
            return false;
        sum += (digits[i].unicode() - u'0') * int(weight);
    }
    return digits.back() == QChar(u'0' + (10 - sum % 10) % 10);
}

ScanDetector::Action ScanDetector::keyPressed(const QString& text, bool enter, qint64 atMs)
{
    const bool late = !m_digits.isEmpty() && atMs - m_lastAtMs > m_rules.maxGapMs;
    if (enter) {
        if (m_digits.isEmpty())
            return Action::Pass;
        if (late || !isValidEan(m_digits))
            return Action::Release;
        m_code = m_digits;
        m_digits.clear();
        return Action::Scan;
    }
    if (!isDigit(text))
        return m_digits.isEmpty() ? Action::Pass : Action::Release;
    // A pause, or more digits than any code has: what was held was typed by a person.
    if (late || m_digits.size() >= 13)
        return Action::Release;
    m_digits += text;
    m_lastAtMs = atMs;
    return Action::Hold;
}

ScanDetector::Action ScanDetector::idle(qint64 nowMs)
{
    if (!m_digits.isEmpty() && nowMs - m_lastAtMs > m_rules.maxGapMs)
        return Action::Release;
    return Action::Pass;
}

void ScanDetector::released()
{
    m_digits.clear();
}

} // namespace comptoir::app
