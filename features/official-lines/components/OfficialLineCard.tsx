import { useTranslations } from "next-intl";
import { PhoneLinks } from "@/features/listings/components/PhoneLinks";
import { useSiteFormat } from "@/i18n/use-site-format";
import type { OfficialLineView } from "../data";
import { isOfficialLineStale } from "../schema";

/** An address as people read it: host and path, without the scheme. */
function readableAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
}

/**
 * One government line: who runs it, what it is for, how to reach it, and the
 * caution that comes with it, above the fold of the card and never in small
 * print; then where the entry comes from and when it was last checked.
 */
export function OfficialLineCard({ line, locale, now, headingLevel = 3 }: { line: OfficialLineView; locale: string; now: Date; headingLevel?: 2 | 3 }) {
  const t = useTranslations("OfficialLines");
  const tCommon = useTranslations("Common");
  const format = useSiteFormat();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `official-line-${line.slug}`;
  // The texts' language when it is not the page's (a line without a translation falls back to English).
  const textLang = line.lang === locale ? undefined : line.lang;
  return (
    <article className="card space-y-3" aria-labelledby={headingId} data-testid="official-line" data-slug={line.slug}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="badge bg-slate-100 text-slate-800">{t("badge")}</span>
        {line.isMachineTranslation ? <span className="badge bg-slate-100 text-slate-700">{tCommon("machineTranslation")}</span> : null}
      </div>
      <div className="space-y-3" lang={textLang}>
        <Heading id={headingId} className="text-lg">
          {line.texts.name}
        </Heading>
        <p className="text-sm text-slate-600">{t("runBy", { agency: line.texts.agency })}</p>
        <p className="text-sm font-semibold text-slate-800">{t("notAHotline")}</p>
        <p className="text-slate-800">{line.texts.purpose}</p>
      </div>
      {line.phone || line.website || line.email ? (
        <div className="flex flex-wrap gap-2">
          {line.phone ? <PhoneLinks number={line.phone} /> : null}
          {line.website ? (
            <a href={line.website} rel="noreferrer" className="button-secondary max-w-full flex-wrap gap-x-2 gap-y-0">
              {t("website")} <bdi dir="ltr" className="font-normal break-all">{readableAddress(line.website)}</bdi>
            </a>
          ) : null}
          {line.email ? (
            <a href={`mailto:${line.email}`} className="button-secondary max-w-full flex-wrap gap-x-2 gap-y-0">
              {t("email")} <bdi dir="ltr" className="font-normal break-all">{line.email}</bdi>
            </a>
          ) : null}
        </div>
      ) : null}
      <p className="text-sm text-slate-700" lang={textLang}>
        <span className="font-semibold">{t("hours")}: </span>
        {line.texts.hours}
      </p>
      <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
        <p className="font-semibold">{t("caution")}</p>
        <p lang={textLang}>{line.texts.caution}</p>
      </div>
      {isOfficialLineStale(line.checkedAt, now) ? (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm font-semibold text-amber-900" data-testid="official-line-stale">
          {t("stale")}
        </p>
      ) : null}
      <p className="text-sm text-slate-600">
        {t("checked", { date: format.date(line.checkedAt, "long") })}{" "}
        <span className="font-semibold">{t("sources")}: </span>
        {line.sources.map((source, index) => (
          <span key={source}>
            {index > 0 ? ", " : null}
            <a href={source} rel="noreferrer">
              <bdi dir="ltr" className="break-all">{readableAddress(source)}</bdi>
            </a>
          </span>
        ))}
      </p>
    </article>
  );
}
