import { SHIPPED_LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { escapeMarkup } from "@/lib/escape-markup";

/** What a page outside any language says: the not-found texts of every shipped language, each with its home page. */
export async function everyLanguageNotFound(): Promise<{ code: string; dir: "ltr" | "rtl"; heading: string; text: string; homeLink: string }[]> {
  return Promise.all(SHIPPED_LOCALES.map(async ({ code, dir }) => ({ code, dir, ...(await loadMessages(code)).NotFound })));
}

/**
 * The page for a URL that cannot even be decoded (a stray "%" in a shared
 * link). It is answered before any routing, so it knows no language: it
 * speaks every shipped language and links to each home page (as
 * app/not-found.tsx does, in React).
 */
export async function brokenLinkPageHtml(): Promise<string> {
  const sections = (await everyLanguageNotFound()).map(
    ({ code, dir, heading, text, homeLink }) =>
      `<section lang="${code}" dir="${dir}"><h1>${escapeMarkup(heading)}</h1><p>${escapeMarkup(text)}</p><p><a href="/${code}" hreflang="${code}">${escapeMarkup(homeLink)}</a></p></section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>400</title>
</head>
<body>
<main>
${sections.join("\n")}
</main>
</body>
</html>`;
}
