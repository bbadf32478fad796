import { useTranslations } from "next-intl";
import { useSiteFormat } from "@/i18n/use-site-format";
import { freshnessOf } from "../freshness";

/** "Verified DATE", or a warning when the listing has gone too long without a check. */
export function VerificationNotice({ verifiedAt, now }: { verifiedAt: Date | null; now: Date }) {
  const t = useTranslations("Common");
  const format = useSiteFormat();
  const freshness = freshnessOf(verifiedAt, now);
  const date = verifiedAt ? format.date(verifiedAt, "medium") : "";
  if (freshness === "fresh") {
    return (
      <p className="flex items-center gap-1.5 text-sm font-semibold text-green-800">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2.5">
          <path d="m5 12 5 5 9-10" />
        </svg>
        {t("verified", { date })}
      </p>
    );
  }
  const message = freshness === "unverified" ? t("notVerified") : freshness === "stale" ? t("staleWarning", { date }) : t("veryStaleWarning", { date });
  return (
    <p role="note" className="flex items-start gap-1.5 rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm font-semibold text-amber-900">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2.5">
        <path d="M12 9v4m0 4h.01M10.3 3.9 2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
      </svg>
      {message}
    </p>
  );
}
