import { useTranslations } from "next-intl";

export function SampleBadge() {
  const t = useTranslations("Common");
  return (
    <span className="badge border border-amber-300 bg-amber-50 text-amber-900" title={t("sampleNotice")}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M9 3h6M10 3v6L4.5 19a1.5 1.5 0 0 0 1.3 2h12.4a1.5 1.5 0 0 0 1.3-2L14 9V3" />
      </svg>
      {t("sampleBadge")}
    </span>
  );
}
