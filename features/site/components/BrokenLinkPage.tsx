import { SHIPPED_LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";

/**
 * A page outside any locale: without a language to go by, it speaks every
 * shipped language and links to each home page.
 */
export async function BrokenLinkPage() {
  const entries = await Promise.all(
    SHIPPED_LOCALES.map(async (locale) => ({ ...locale, messages: (await loadMessages(locale.code)).NotFound })),
  );
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl space-y-6 p-6">
        {entries.map((entry) => (
          <section key={entry.code} lang={entry.code} dir={entry.dir}>
            <h1 className="text-xl font-bold">{entry.messages.heading}</h1>
            <p>{entry.messages.text}</p>
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
