import { useFormatter, useTranslations } from "next-intl";
import { HoursView } from "@/features/listings/components/HoursView";
import { LocalizedTextView } from "@/features/listings/components/LocalizedTextView";
import { PhoneLinks } from "@/features/listings/components/PhoneLinks";
import { SampleBadge } from "@/features/listings/components/SampleBadge";
import type { HotlineView } from "../data";

export function HotlineCard({
  hotline,
  locale,
  languageName,
  now,
}: {
  hotline: HotlineView;
  locale: string;
  languageName: (code: string) => string;
  now: Date;
}) {
  const t = useTranslations("Listing");
  const format = useFormatter();
  return (
    <article className="card space-y-3" aria-labelledby={`hotline-${hotline.serviceId}`}>
      <div className="flex flex-wrap items-center gap-2">
        {hotline.purpose ? <span className="badge bg-brand-100 text-brand-900">{t(`hotlinePurpose.${hotline.purpose}`)}</span> : null}
        {hotline.isSample ? <SampleBadge /> : null}
      </div>
      <h3 id={`hotline-${hotline.serviceId}`} className="text-lg">
        <span lang={hotline.name.isFallback ? hotline.name.lang : undefined}>{hotline.name.text}</span>
      </h3>
      <p className="text-sm text-slate-600" dir="auto">
        {hotline.organizationName}
      </p>
      <LocalizedTextView value={hotline.description} locale={locale} readerLanguageName={languageName(locale)} className="text-slate-800" />
      <PhoneLinks number={hotline.number} acceptsText={hotline.acceptsText} />
      <HoursView schedule={hotline.schedule} locale={locale} now={now} compact />
      {hotline.languages.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold">{t("languagesHeading")}: </span>
          {format.list(hotline.languages.map(languageName), { type: "conjunction" })}
        </p>
      ) : null}
    </article>
  );
}
