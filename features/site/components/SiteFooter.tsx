import { useTranslations } from "next-intl";
import { localizedPath } from "@/i18n/paths";

export function SiteFooter({ locale, showsSampleData }: { locale: string; showsSampleData: boolean }) {
  const t = useTranslations("Layout");
  const tPrivacy = useTranslations("Privacy");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm text-slate-700">
        <p className="flex gap-2">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 h-5 w-5 shrink-0 text-brand-700" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V7a4 4 0 0 1 8 0v4" />
          </svg>
          <span>{t("footerPrivacy")}</span>
        </p>
        <p>{t("footerNotLegalAdvice")}</p>
        {showsSampleData ? <p>{t("footerSample")}</p> : null}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <a href={localizedPath(locale, "/about")}>{t("footerAbout")}</a>
          <a href={localizedPath(locale, "/privacy")}>{tPrivacy("footerLink")}</a>
          <a href={localizedPath(locale, "/safety")}>{tPrivacy("safetyLink")}</a>
          <a href={localizedPath(locale, "/translate")}>{t("footerTranslate")}</a>
          <a href={localizedPath(locale, "/portal/sign-in")}>{t("footerStaff")}</a>
        </p>
      </div>
    </footer>
  );
}
