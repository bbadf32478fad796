import { formatUsPhoneNumber, smsHref, telHref } from "@/features/listings/phone-numbers";
import { directionOf, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { escapeMarkup } from "@/lib/escape-markup";
import { currentOutageSnapshot, type OutageSnapshot } from "./outage-snapshot";

/** ` lang="…"` when a text is not in the page's language. */
function langAttribute(lang: string, locale: Locale): string {
  return lang === locale ? "" : ` lang="${escapeMarkup(lang)}"`;
}

function hotlineItems(snapshot: OutageSnapshot, locale: Locale, messages: Messages): string {
  const text = messages.Unavailable;
  return snapshot.hotlines
    .flatMap((hotline) => {
      const name = hotline.names[locale] ?? hotline.names.en;
      if (!name) return [];
      return [
        `<li>
  <h3${langAttribute(name.lang, locale)}>${escapeMarkup(name.text)}</h3>
  ${hotline.purpose ? `<p class="purpose">${escapeMarkup(messages.Listing.hotlinePurpose[hotline.purpose])}${hotline.isAlwaysOpen ? ` · ${escapeMarkup(text.alwaysOpen)}` : ""}</p>` : ""}
  <p><a class="call" href="${telHref(hotline.number)}"><bdi dir="ltr">${escapeMarkup(formatUsPhoneNumber(hotline.number))}</bdi></a>${
    hotline.acceptsText ? ` <a href="${smsHref(hotline.number)}">${escapeMarkup(text.sendText)}</a>` : ""
  }</p>
  ${hotline.isSample ? `<p class="sample">${escapeMarkup(text.sample)}</p>` : ""}
</li>`,
      ];
    })
    .join("\n");
}

function officialLineItems(snapshot: OutageSnapshot, locale: Locale, messages: Messages): string {
  const text = messages.OfficialLines;
  return snapshot.officialLines
    .flatMap((line) => {
      const texts = line.texts[locale] ?? line.texts.en;
      if (!texts) return [];
      const lang = langAttribute(texts.lang, locale);
      return [
        `<li>
  <h3${lang}>${escapeMarkup(texts.name)}</h3>
  <p class="purpose"${lang}>${escapeMarkup(texts.purpose)}</p>
  <p>${line.phone ? `<a class="call" href="${telHref(line.phone)}"><bdi dir="ltr">${escapeMarkup(formatUsPhoneNumber(line.phone))}</bdi></a> ` : ""}${
    line.website ? `<a href="${escapeMarkup(line.website)}" rel="noreferrer">${escapeMarkup(text.website)} <bdi dir="ltr">${escapeMarkup(new URL(line.website).host)}</bdi></a>` : ""
  }</p>
  <p class="caution"><strong>${escapeMarkup(text.caution)}:</strong> <span${lang}>${escapeMarkup(texts.caution)}</span></p>
</li>`,
      ];
    })
    .join("\n");
}

/**
 * The self-contained page served with a 503 while the database does not
 * answer: no database, no scripts, no external requests. The lines it lists
 * come from the last good read of the database (outage-snapshot.ts); a
 * process that never had one says so rather than show anything made up.
 */
export function unavailablePageHtml(locale: Locale, messages: Messages, nonce: string): string {
  const text = messages.Unavailable;
  const snapshot = currentOutageSnapshot();
  const hotlines = snapshot ? hotlineItems(snapshot, locale, messages) : "";
  const officialLines = snapshot ? officialLineItems(snapshot, locale, messages) : "";

  return `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeMarkup(text.title)} · ${escapeMarkup(messages.Metadata.siteName)}</title>
<style nonce="${nonce}">
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Tahoma,Arial,sans-serif;margin:0;padding:1.25rem;line-height:1.6;color:#0f172a;max-width:40rem;margin-inline:auto}
h1{font-size:1.5rem;line-height:1.25}
h2{font-size:1.25rem;margin-block:1.5rem .5rem}
h3{font-size:1.125rem;margin:0}
ul{list-style:none;padding:0}
li{border:1px solid #cbd5e1;border-radius:.75rem;padding:1rem;margin-block:.75rem}
.purpose{margin:.25rem 0;color:#334155}
.call{display:inline-block;background:#0b5862;color:#fff;font-weight:700;padding:.6rem 1rem;border-radius:.5rem;text-decoration:none}
.sample{font-size:.875rem;color:#78350f}
.caution{background:#fffbeb;border:1px solid #fcd34d;border-radius:.5rem;padding:.5rem .75rem;color:#451a03}
</style>
</head>
<body>
<main>
<h1>${escapeMarkup(text.heading)}</h1>
<p>${escapeMarkup(hotlines || officialLines ? text.text : text.noSnapshot)}</p>
${hotlines ? `<section aria-labelledby="hotlines"><h2 id="hotlines">${escapeMarkup(messages.Hotlines.nationalHeading)}</h2><ul>\n${hotlines}\n</ul></section>` : ""}
${officialLines ? `<section aria-labelledby="government"><h2 id="government">${escapeMarkup(messages.OfficialLines.heading)}</h2><p>${escapeMarkup(messages.OfficialLines.intro)}</p><ul>\n${officialLines}\n</ul></section>` : ""}
<p>${escapeMarkup(text.retry)}</p>
</main>
</body>
</html>`;
}
