import { ListingName } from "@/features/listings/components/ListingName";
import { useTranslations } from "next-intl";
import { useSiteFormat } from "@/i18n/use-site-format";
import { CapacityBadge } from "@/features/listings/components/CapacityBadge";
import { DirectionsLink } from "@/features/listings/components/DirectionsLink";
import { HoursView } from "@/features/listings/components/HoursView";
import { PhoneLinks } from "@/features/listings/components/PhoneLinks";
import { SampleBadge } from "@/features/listings/components/SampleBadge";
import { VerificationNotice } from "@/features/listings/components/VerificationNotice";
import { localizedPath } from "@/i18n/paths";
import type { DirectoryResultItem } from "../data";

/** One result: an office in range (with its distance) or an organization serving the area from afar. */
export function ResultCard({
  item,
  locale,
  languageName,
  now,
}: {
  item: DirectoryResultItem;
  locale: string;
  languageName: (code: string) => string;
  now: Date;
}) {
  const t = useTranslations("Directory");
  const tListing = useTranslations("Listing");
  const format = useSiteFormat();
  const organizationPath = localizedPath(locale, `/organizations/${item.organization.slug}`);
  const headingId = `result-${item.key}`;
  const { location } = item;

  return (
    <article className="card space-y-3" aria-labelledby={headingId} data-testid="result-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg">
          <a href={organizationPath}>
            <ListingName value={item.organization.name} locale={locale} />
          </a>
        </h3>
        {location ? (
          <p className="badge shrink-0 bg-brand-100 text-brand-900" data-testid="result-distance">
            {t("distance", { distance: format.number(location.distanceMiles, { maximumFractionDigits: 1 }) })}
          </p>
        ) : null}
      </div>
      {item.organization.isSample ? <SampleBadge /> : null}
      {location?.address ? (
        <p className="text-slate-700">
          {location.name ? (
            <>
              <ListingName value={location.name} locale={locale} />
              {" · "}
            </>
          ) : null}
          <span dir="ltr" lang="en">
            {location.address.address1}, {location.address.city}, {location.address.region} {location.address.postalCode}
          </span>
        </p>
      ) : (
        <p className="text-slate-700">{t("remoteService")}</p>
      )}

      <ul className="space-y-1" aria-label={t("servicesLabel")}>
        {item.services.map((service) => (
          <li key={service.id} className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">
              <ListingName value={service.name} locale={locale} />
            </span>
            {service.capacityStatus ? <CapacityBadge status={service.capacityStatus} updatedAt={service.capacityUpdatedAt} /> : null}
          </li>
        ))}
      </ul>

      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {item.languages.length > 0 ? (
          <>
            <dt className="font-semibold">{tListing("languagesHeading")}</dt>
            <dd>{format.list(item.languages.map(languageName))}</dd>
          </>
        ) : null}
        {item.costs.length > 0 ? (
          <>
            <dt className="font-semibold">{tListing("costHeading")}</dt>
            <dd>{format.list(item.costs.map((cost) => t(`cost.${cost}`)))}</dd>
          </>
        ) : null}
        {item.organization.accreditations.length > 0 ? (
          <>
            <dt className="font-semibold">{tListing("accreditationHeading")}</dt>
            <dd>{format.list(item.organization.accreditations.map((kind) => tListing(`accreditation.${kind}`)))}</dd>
          </>
        ) : null}
      </dl>

      {item.organization.safety.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={tListing("safetyHeading")}>
          {item.organization.safety.map((kind) => (
            <li key={kind} className="flex items-center gap-1">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 shrink-0 text-green-700" fill="none" stroke="currentColor" strokeWidth="2.5">
                <path d="m5 12 5 5 9-10" />
              </svg>
              {tListing(`safety.${kind}`)}
            </li>
          ))}
        </ul>
      ) : null}

      {location ? <HoursView schedule={location.schedule} locale={locale} now={now} compact /> : null}
      <VerificationNotice verifiedAt={item.organization.verifiedAt} now={now} />

      <div className="flex flex-wrap items-center gap-2">
        {item.phone ? <PhoneLinks number={item.phone.number} extension={item.phone.extension} acceptsText={item.phone.acceptsText} /> : null}
        {location?.address ? (
          <DirectionsLink address={location.address} className="button-secondary" />
        ) : null}
        <a href={organizationPath} className="font-semibold">
          {t("detailsLink")}
          <span className="sr-only">: {item.organization.name.text}</span>
        </a>
      </div>
    </article>
  );
}
