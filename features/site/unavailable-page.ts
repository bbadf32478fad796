import { bundledHotlineName, NATIONAL_HOTLINES } from "@/features/hotlines/national-hotlines";
import { formatUsPhoneNumber, smsHref, telHref } from "@/features/listings/phone-numbers";
import { directionOf, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { escapeMarkup } from "@/lib/escape-markup";

/**
 * The self-contained page served with a 503 while the database does not
 * answer: no database, no scripts, no external requests; the national
 * hotlines come from the copy bundled with the application.
 */
export function unavailablePageHtml(locale: Locale, messages: Messages, nonce: string): string {
  const text = messages.Unavailable;
  const purposes = messages.Listing.hotlinePurpose;
  const hotlines = NATIONAL_HOTLINES.map((hotline) => {
    const name = bundledHotlineName(hotline, locale);
    const display = formatUsPhoneNumber(hotline.number);
    return `<li>
  <h2${name.lang === locale ? "" : ` lang="${name.lang}"`}>${escapeMarkup(name.text)}</h2>
  <p class="purpose">${escapeMarkup(purposes[hotline.purpose])}${hotline.isAlwaysOpen ? ` · ${escapeMarkup(text.alwaysOpen)}` : ""}</p>
  <p><a class="call" href="${telHref(hotline.number)}"><bdi dir="ltr">${escapeMarkup(display)}</bdi></a>${
    hotline.acceptsText ? ` <a href="${smsHref(hotline.number)}">${escapeMarkup(text.sendText)}</a>` : ""
  }</p>
  ${hotline.isSample ? `<p class="sample">${escapeMarkup(text.sample)}</p>` : ""}
</li>`;
  }).join("\n");

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
h2{font-size:1.125rem;margin:0}
ul{list-style:none;padding:0}
li{border:1px solid #cbd5e1;border-radius:.75rem;padding:1rem;margin-block:.75rem}
.purpose{margin:.25rem 0;color:#334155}
.call{display:inline-block;background:#0b5862;color:#fff;font-weight:700;padding:.6rem 1rem;border-radius:.5rem;text-decoration:none}
.sample{font-size:.875rem;color:#78350f}
</style>
</head>
<body>
<main>
<h1>${escapeMarkup(text.heading)}</h1>
<p>${escapeMarkup(text.text)}</p>
<ul>
${hotlines}
</ul>
<p>${escapeMarkup(text.retry)}</p>
</main>
</body>
</html>`;
}
