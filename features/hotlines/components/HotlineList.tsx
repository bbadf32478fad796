import { ListingName } from "@/features/listings/components/ListingName";
import { useTranslations } from "next-intl";
import { HoursView } from "@/features/listings/components/HoursView";
import { PhoneLinks } from "@/features/listings/components/PhoneLinks";
import type { HotlineView } from "../data";

/** A compact list of hotlines for a place: name, purpose, how to reach them, whether they answer now. */
export function HotlineList({ hotlines, locale, now }: { hotlines: HotlineView[]; locale: string; now: Date }) {
  const t = useTranslations("Listing");
  return (
    <ul className="space-y-3">
      {hotlines.map((hotline) => (
        <li key={hotline.serviceId} className="card space-y-2" data-testid="hotline">
          <p className="font-semibold">
            <ListingName value={hotline.name} locale={locale} />
          </p>
          {hotline.purpose ? <p className="text-sm text-slate-700">{t(`hotlinePurpose.${hotline.purpose}`)}</p> : null}
          <PhoneLinks number={hotline.number} acceptsText={hotline.acceptsText} />
          <HoursView schedule={hotline.schedule} locale={locale} now={now} compact />
        </li>
      ))}
    </ul>
  );
}
