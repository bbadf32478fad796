"use client";

import { usePathname, useSearchParams } from "next/navigation";

interface LanguageOption {
  code: string;
  nativeName: string;
}

/**
 * Links to the same page, with the same query, in every shipped language.
 * Plain links in a <details> disclosure: works without JavaScript and by
 * keyboard; following one also lets the proxy remember the choice.
 */
export function LanguageSwitcher({ languages, currentLocale, label }: { languages: LanguageOption[]; currentLocale: string; label: string }) {
  const pathname = usePathname() ?? `/${currentLocale}`;
  const query = useSearchParams()?.toString() ?? "";
  const restOfPath = pathname.split("/").slice(2).join("/");
  const current = languages.find((language) => language.code === currentLocale);

  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 font-semibold text-slate-800 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z" />
        </svg>
        <span className="sr-only">{label}: </span>
        <span lang={currentLocale}>{current?.nativeName ?? currentLocale}</span>
      </summary>
      <ul className="absolute end-0 z-40 mt-2 min-w-44 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
        {languages.map((language) => {
          const href = `/${language.code}${restOfPath ? `/${restOfPath}` : ""}${query ? `?${query}` : ""}`;
          const isCurrent = language.code === currentLocale;
          return (
            <li key={language.code}>
              <a
                href={href}
                lang={language.code}
                hrefLang={language.code}
                aria-current={isCurrent ? "true" : undefined}
                className="block rounded-md px-3 py-2 text-slate-900 no-underline hover:bg-brand-50 aria-[current=true]:bg-brand-100 aria-[current=true]:font-semibold"
              >
                {language.nativeName}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
