#include "domain/mailtemplates.h"

#include "domain/qrpng.h"

#include <QMap>

namespace comptoir::server {

namespace {

bool isFrench(const QString& language)
{
    return language != u"en";
}

QString tr(const QString& language, const char* fr, const char* en)
{
    return QString::fromUtf8(isFrench(language) ? fr : en);
}

QString htmlPage(const QString& body)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
           "<body style=\"font-family:sans-serif;color:#222\">"_qs +
           body + u"</body></html>"_qs;
}

QString rateText(int rateBp, const QString& language)
{
    const QString pct = QString::number(rateBp / 100.0, 'f', rateBp % 100 ? (rateBp % 10 ? 2 : 1) : 0);
    return isFrench(language) ? QString(pct).replace(u'.', u',') + u" %"_qs : pct + u'%';
}

} // namespace

QString formatMoney(const Money& money, const QString& language)
{
    const qint64 abs = money.amount < 0 ? -money.amount : money.amount;
    const QString units = QString::number(abs / 100);
    const QString cents = u"%1"_qs.arg(abs % 100, 2, 10, QChar(u'0'));
    const QString sign = money.amount < 0 ? u"-"_qs : QString();
    const QString symbol = money.currency == u"EUR" ? u"€"_qs : money.currency;
    if (isFrench(language))
        return sign + units + u',' + cents + QChar(0x202f) + symbol;
    return sign + symbol + units + u'.' + cents;
}

MailContent passwordResetMail(const QString& language, const QString& name, const QString& link,
                              int validMinutes)
{
    MailContent m;
    m.subject = tr(language, "Réinitialiser votre mot de passe Comptoir", "Reset your Comptoir password");
    const QString hello = tr(language, "Bonjour %1,", "Hello %1,").arg(name);
    const QString why =
        tr(language,
           "Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Comptoir. "
           "Ouvrez ce lien dans l’application Comptoir (valable %1 minutes, une seule fois) :",
           "Someone asked to reset the password of your Comptoir account. Open this link in "
           "the Comptoir app (valid for %1 minutes, once):")
            .arg(validMinutes);
    const QString ignore =
        tr(language, "Si ce n’est pas vous, ignorez ce message : votre mot de passe ne change pas.",
           "If this was not you, ignore this message: your password does not change.");
    m.text = hello + u"\n\n"_qs + why + u"\n\n"_qs + link + u"\n\n"_qs + ignore + u"\n\n— Comptoir\n"_qs;
    m.html = htmlPage(u"<p>%1</p><p>%2</p><p><a href=\"%3\">%3</a></p><p>%4</p><p>— Comptoir</p>"_qs.arg(
        hello.toHtmlEscaped(), why.toHtmlEscaped(), link.toHtmlEscaped(), ignore.toHtmlEscaped()));
    return m;
}

MailContent orderMail(const QString& status, const OrderRecord& record, const OrderMailFacts& facts)
{
    const Order& o = record.order;
    const QString& lang = facts.language;
    MailContent m;
    const QString hello = tr(lang, "Bonjour %1,", "Hello %1,").arg(facts.customerName);
    if (status == u"ready_for_pickup") {
        m.subject =
            tr(lang, "Votre commande %1 vous attend", "Your order %1 is ready for pickup").arg(o.number);
        const QString body = tr(lang, "Votre commande %1 est prête : venez la retirer à %2 avec son numéro.",
                                "Your order %1 is ready: pick it up at %2 with its number.")
                                 .arg(o.number, facts.storeName);
        m.text = hello + u"\n\n"_qs + body + u"\n\n— Comptoir\n"_qs;
        m.html = htmlPage(
            u"<p>%1</p><p>%2</p><p>— Comptoir</p>"_qs.arg(hello.toHtmlEscaped(), body.toHtmlEscaped()));
        return m;
    }
    if (status == u"shipped") {
        m.subject = tr(lang, "Votre commande %1 est expédiée", "Your order %1 has shipped").arg(o.number);
        const QString body = tr(lang, "Votre commande %1 est partie : elle arrive bientôt à l’adresse %2.",
                                "Your order %1 is on its way to %2.")
                                 .arg(o.number, o.fulfillment.address);
        m.text = hello + u"\n\n"_qs + body + u"\n\n— Comptoir\n"_qs;
        m.html = htmlPage(
            u"<p>%1</p><p>%2</p><p>— Comptoir</p>"_qs.arg(hello.toHtmlEscaped(), body.toHtmlEscaped()));
        return m;
    }

    // The confirmation of a paid order.
    m.subject = tr(lang, "Commande %1 confirmée", "Order %1 confirmed").arg(o.number);
    const QString intro = tr(lang, "Merci pour votre commande %1. Voici son récapitulatif.",
                             "Thank you for your order %1. Here is its summary.")
                              .arg(o.number);
    QString text = hello + u"\n\n"_qs + intro + u"\n\n"_qs;
    QString rows;
    struct Vat {
        qint64 total = 0;
        qint64 tax = 0;
    };
    QMap<int, Vat> vat;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines[i];
        text += u"%1 × %2 (%3)  %4\n"_qs.arg(QString::number(l.quantity), l.name, l.sku,
                                             formatMoney(l.lineTotal, lang));
        rows += u"<tr><td>%1</td><td style=\"text-align:right\">%2</td><td style=\"text-align:right\">%3</td>"
                "<td style=\"text-align:right\">%4</td></tr>"_qs.arg(
                    l.name.toHtmlEscaped(), QString::number(l.quantity), formatMoney(l.unitPrice, lang),
                    formatMoney(l.lineTotal, lang));
        Vat& v = vat[l.taxRateBp];
        v.total += l.lineTotal.amount - record.lineDiscounts.value(i);
        v.tax += record.lineTaxes.value(i);
    }
    const QString cur = o.totals.total.currency;
    QString vatRows;
    text += u"\n"_qs;
    for (auto it = vat.cbegin(); it != vat.cend(); ++it) {
        const QString line = tr(lang, "dont TVA %1 sur %2 : %3", "incl. VAT %1 on %2: %3")
                                 .arg(rateText(it.key(), lang), formatMoney(Money{it->total, cur}, lang),
                                      formatMoney(Money{it->tax, cur}, lang));
        text += line + u'\n';
        vatRows += u"<tr><td colspan=\"4\" style=\"color:#666\">%1</td></tr>"_qs.arg(line.toHtmlEscaped());
    }
    QString discount;
    if (o.totals.discount.amount != 0)
        discount = tr(lang, "Remise : %1", "Discount: %1").arg(formatMoney(o.totals.discount, lang));
    const QString total =
        tr(lang, "Total TTC : %1", "Total incl. VAT: %1").arg(formatMoney(o.totals.total, lang));
    if (!discount.isEmpty())
        text += discount + u'\n';
    text += total + u"\n\n"_qs;
    const QString where = o.fulfillment.type == u"delivery"
                              ? tr(lang, "Livraison à : %1", "Delivery to: %1").arg(o.fulfillment.address)
                              : tr(lang, "Retrait à : %1", "Pickup at: %1").arg(facts.storeName);
    const QString qrNote = tr(lang, "Montrez le code QR de ce message (ou le numéro %1) au comptoir.",
                              "Show this message's QR code (or the number %1) at the counter.")
                               .arg(o.number);
    text += where + u"\n"_qs + qrNote + u"\n\n— Comptoir\n"_qs;
    m.text = text;

    const QString headers =
        u"<tr><th style=\"text-align:left\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_qs.arg(
            tr(lang, "Article", "Item"), tr(lang, "Qté", "Qty"), tr(lang, "Prix", "Price"),
            tr(lang, "Total", "Total"));
    const QByteArray qr = qrCodePng(u"comptoir:order:"_qs + o.id.value);
    QString qrHtml;
    if (!qr.isEmpty()) {
        const QByteArray cid = "qr-" + o.id.value.toLatin1() + "@comptoir";
        m.images.append(InlineImage{cid, "image/png", u"order-%1.png"_qs.arg(o.number), qr});
        qrHtml = u"<p><img src=\"cid:%1\" alt=\"%2\" width=\"180\" height=\"180\"></p>"_qs.arg(
            QString::fromLatin1(cid), (u"comptoir:order:"_qs + o.id.value).toHtmlEscaped());
    }
    m.html = htmlPage(
        u"<p>%1</p><p>%2</p><table cellpadding=\"4\">%3%4%5</table>%6<p><b>%7</b></p><p>%8</p>%9<p>%10</p>"
        "<p>— Comptoir</p>"_qs.arg(
            hello.toHtmlEscaped(), intro.toHtmlEscaped(), headers, rows, vatRows,
            discount.isEmpty() ? QString() : u"<p>%1</p>"_qs.arg(discount.toHtmlEscaped()),
            total.toHtmlEscaped(), where.toHtmlEscaped(), qrHtml, qrNote.toHtmlEscaped()));
    return m;
}

} // namespace comptoir::server
