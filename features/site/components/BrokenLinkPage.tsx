import { everyLanguageNotFound } from "../broken-link-page";

/**
 * A page outside any locale: without a language to go by, it speaks every
 * shipped language and links to each home page.
 */
export async function BrokenLinkPage() {
  const entries = await everyLanguageNotFound();
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl space-y-6 p-6">
        {entries.map((entry) => (
          <section key={entry.code} lang={entry.code} dir={entry.dir}>
            <h1 className="text-xl font-bold">{entry.heading}</h1>
            <p>{entry.text}</p>
            <p>
              <a href={`/${entry.code}`} hrefLang={entry.code}>
                {entry.homeLink}
              </a>
            </p>
          </section>
        ))}
      </body>
    </html>
  );
}
