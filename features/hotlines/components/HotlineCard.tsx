import { useTranslations } from "next-intl";
import { useSiteFormat } from "@/i18n/use-site-format";
import { HoursView } from "@/features/listings/components/HoursView";
import { ListingName } from "@/features/listings/components/ListingName";
import { LocalizedTextView } from "@/features/listings/components/LocalizedTextView";
import { PhoneLinks } from "@/features/listings/components/PhoneLinks";
import { SampleBadge } from "@/features/listings/components/SampleBadge";
import type { HotlineView } from "../data";
import { isolated } from "@/i18n/bidi";

/** One hotline: purpose, how to reach it, when it answers, languages, and (with `whatToSay`) what to say when you call. */
export function HotlineCard({
  hotline,
  locale,
  languageName,
  now,
  whatToSay = false,
}: {
  hotline: HotlineView;
  locale: string;
  languageName: (code: string) => string;
  now: Date;
  whatToSay?: boolean;
}) {
  const t = useTranslations("Listing");
  const tHotlines = useTranslations("Hotlines");
  const format = useSiteFormat();
  return (
    <article className="card space-y-3" aria-labelledby={`hotline-${hotline.serviceId}`} data-testid="hotline">
      <div className="flex flex-wrap items-center gap-2">
        {hotline.purpose ? <span className="badge bg-brand-100 text-brand-900">{t(`hotlinePurpose.${hotline.purpose}`)}</span> : null}
        {hotline.isSample ? <SampleBadge /> : null}
      </div>
      <h3 id={`hotline-${hotline.serviceId}`} className="text-lg">
        <ListingName value={hotline.name} locale={locale} />
      </h3>
      <p className="text-sm text-slate-600">{tHotlines("organization", { name: isolated(hotline.organizationName) })}</p>
      <LocalizedTextView value={hotline.description} locale={locale} readerLanguageName={languageName(locale)} className="text-slate-800" />
      <PhoneLinks number={hotline.number} acceptsText={hotline.acceptsText} />
      <HoursView schedule={hotline.schedule} locale={locale} now={now} compact />
      {hotline.languages.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold">{t("languagesHeading")}: </span>
          {format.list(hotline.languages.map(languageName))}
        </p>
      ) : null}
      {whatToSay && hotline.purpose ? (
        <div className="rounded-lg bg-brand-50 p-3">
          <p className="font-semibold text-brand-900">{tHotlines("whatToSayHeading")}</p>
          <p>{tHotlines(`whatToSay.${hotline.purpose}`)}</p>
        </div>
      ) : null}
    </article>
  );
}
