import { useTranslations } from "next-intl";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { QuickExit } from "@/features/safety/components/QuickExit";
import { LanguageSwitcher } from "./LanguageSwitcher";

export function SiteHeader({ locale }: { locale: string }) {
  const t = useTranslations("Layout");
  const tMetadata = useTranslations("Metadata");
  const navigation = [
    { href: localizedPath(locale, "/directory"), label: t("navFindHelp") },
    { href: localizedPath(locale, "/hotlines"), label: t("navHotlines") },
    { href: localizedPath(locale, "/rights"), label: t("navRights") },
    { href: localizedPath(locale, "/about"), label: t("navAbout") },
  ];
  return (
    <header className="border-b border-slate-200 bg-white print:border-0">
      <div className="bg-slate-900 print:hidden">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-1.5">
          <a href={localizedPath(locale, "/safety")} className="text-sm text-white underline-offset-2 hover:text-slate-200">
            {t("browseSafely")}
          </a>
          <QuickExit label={t("quickExit")} hint={t("quickExitHint")} />
        </div>
      </div>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
        <a href={localizedPath(locale)} className="flex items-center gap-2 text-slate-900 no-underline" aria-label={t("homeLink")}>
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-9 w-9 shrink-0" data-testid="site-logo">
            <rect width="32" height="32" rx="7" fill="#0b5862" />
            <path d="M16 5 7 9v6c0 6 3.8 10.6 9 12 5.2-1.4 9-6 9-12V9z" fill="#fff" />
            <path d="m11.5 16 3.2 3.2 6-6.2" fill="none" stroke="#0b5862" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="flex flex-col leading-tight">
            <span className="font-bold">{tMetadata("siteName")}</span>
            <span className="hidden text-sm text-slate-600 sm:block">{t("tagline")}</span>
          </span>
        </a>
        <div className="print:hidden">
          <LanguageSwitcher
          languages={SHIPPED_LOCALES.map(({ code, nativeName }) => ({ code, nativeName }))}
          currentLocale={locale}
            label={t("languageLabel")}
          />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="border-t border-slate-100 bg-brand-50 print:hidden">
        <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 py-1">
          {navigation.map((item) => (
            <li key={item.href} className="shrink-0">
              <a href={item.href} className="inline-block rounded-md px-3 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-100">
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
