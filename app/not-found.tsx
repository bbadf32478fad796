import { SHIPPED_LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";

/**
 * Requests outside any locale rarely get here (the proxy redirects them to
 * one). Without a language to go by, the page speaks every shipped language.
 */
export default async function RootNotFound() {
  const entries = await Promise.all(
    SHIPPED_LOCALES.map(async (locale) => ({ ...locale, messages: (await loadMessages(locale.code)).NotFound })),
  );
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl space-y-6 p-6">
        {entries.map((entry) => (
          <section key={entry.code} lang={entry.code} dir={entry.dir}>
            <h1 className="text-xl font-bold">{entry.messages.heading}</h1>
            <p>
              <a href={`/${entry.code}`} hrefLang={entry.code}>
                {entry.messages.homeLink}
              </a>
            </p>
          </section>
        ))}
      </body>
    </html>
  );
}
