import { useTranslations } from "next-intl";
import { useSiteFormat } from "@/i18n/use-site-format";
import { findCounty } from "@/features/geo/zip-codes";
import { US_STATES } from "@/features/geo/us-states";
import type { LocationView, OrganizationView, ServiceAreaView, ServiceView } from "../data";
import { CapacityBadge } from "./CapacityBadge";
import { DirectionsLink } from "./DirectionsLink";
import { HoursView } from "./HoursView";
import { ListingName } from "./ListingName";
import { LocalizedTextView } from "./LocalizedTextView";
import { PhoneLinks } from "./PhoneLinks";
import { isolated } from "@/i18n/bidi";

type LanguageNamer = (code: string) => string;

function countyKind(stateCode: string): "parish" | "borough" | "county" {
  if (stateCode === "LA") return "parish";
  if (stateCode === "AK") return "borough";
  return "county";
}

function ServiceAreaList({ areas }: { areas: ServiceAreaView[] }) {
  const t = useTranslations("Listing");
  const labels = areas.map((area) => {
    switch (area.kind) {
      case "nationwide":
        return t("area.nationwide");
      case "state":
        return t("area.state", { state: US_STATES[area.code ?? ""]?.name ?? area.code ?? "" });
      case "county": {
        const county = area.code ? findCounty(area.code) : null;
        return county
          ? t("area.county", { county: county.countyName, kind: countyKind(county.stateCode), state: county.stateName })
          : (area.code ?? "");
      }
      case "zip":
        return t("area.zip", { zip: area.code ?? "" });
      case "radius":
        return t("area.radius", { miles: Math.round(area.radiusMiles ?? 0) });
    }
  });
  return <>{[...new Set(labels)].join("; ")}</>;
}

function ServiceCard({
  service,
  organization,
  locale,
  languageName,
  now,
}: {
  service: ServiceView;
  organization: OrganizationView;
  locale: string;
  languageName: LanguageNamer;
  now: Date;
}) {
  const t = useTranslations("Listing");
  const tOrganization = useTranslations("Organization");
  const format = useSiteFormat();
  const reader = languageName(locale);
  const offices = organization.locations.filter((location) => service.locationIds.includes(location.id));

  return (
    <article className="card space-y-3" aria-labelledby={`service-${service.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        {service.kind === "hotline" ? <span className="badge bg-alert-50 text-alert-800">{tOrganization("hotlineLabel")}</span> : null}
        {service.hotlinePurpose ? <span className="badge bg-brand-100 text-brand-900">{t(`hotlinePurpose.${service.hotlinePurpose}`)}</span> : null}
        {service.capacityStatus ? <CapacityBadge status={service.capacityStatus} updatedAt={service.capacityUpdatedAt} /> : null}
      </div>
      <h3 id={`service-${service.id}`} className="text-lg">
        <ListingName value={service.name} locale={locale} />
      </h3>
      <LocalizedTextView value={service.description} locale={locale} readerLanguageName={reader} className="text-slate-800" />
      {service.taxonomy.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {service.taxonomy.map((slug) => (
            <li key={slug} className="badge bg-slate-100 text-slate-800">
              {t(`taxonomy.${slug}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="grid gap-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        {service.eligibility ? (
          <>
            <dt className="font-semibold">{tOrganization("eligibility")}</dt>
            <dd>
              <LocalizedTextView as="span" value={service.eligibility} locale={locale} readerLanguageName={reader} />
            </dd>
          </>
        ) : null}
        {service.applicationProcess ? (
          <>
            <dt className="font-semibold">{tOrganization("howToApply")}</dt>
            <dd>
              <LocalizedTextView as="span" value={service.applicationProcess} locale={locale} readerLanguageName={reader} />
            </dd>
          </>
        ) : null}
        {service.costs.length > 0 ? (
          <>
            <dt className="font-semibold">{t("costHeading")}</dt>
            <dd>
              {service.costs
                .map((cost) =>
                  cost.kind === "fixed_fee" && cost.amount !== null
                    ? t("cost.fixed_fee", { amount: format.number(cost.amount, { style: "currency", currency: cost.currency ?? "USD", maximumFractionDigits: 0 }) })
                    : t(`cost.${cost.kind === "fixed_fee" ? "sliding_scale" : cost.kind}`),
                )
                .join("; ")}
              {service.fees ? <LocalizedTextView as="span" value={service.fees} locale={locale} readerLanguageName={reader} /> : null}
            </dd>
          </>
        ) : null}
        {service.languages.length > 0 ? (
          <>
            <dt className="font-semibold">{t("languagesHeading")}</dt>
            <dd>{format.list(service.languages.map(languageName))}</dd>
          </>
        ) : null}
        {service.areas.length > 0 ? (
          <>
            <dt className="font-semibold">{t("areasHeading")}</dt>
            <dd>
              <ServiceAreaList areas={service.areas} />
            </dd>
          </>
        ) : null}
      </dl>
      {service.phones.map((phone) => (
        <PhoneLinks key={phone.id} number={phone.number} extension={phone.extension} acceptsText={phone.acceptsText} />
      ))}
      {service.schedule ? <HoursView schedule={service.schedule} locale={locale} now={now} /> : null}
      <p className="text-sm text-slate-700">
        {offices.length > 0
          ? tOrganization("offeredAt", { offices: format.list(offices.map((office) => isolated(office.name?.text ?? office.address?.city ?? ""))) })
          : tOrganization("remoteOnly")}
      </p>
      {service.url ? (
        <p className="text-sm">
          <a href={service.url} rel="noreferrer" dir="ltr">
            {service.url.replace(/^https?:\/\//, "")}
          </a>
        </p>
      ) : null}
    </article>
  );
}

function LocationCard({ location, locale, languageName, now }: { location: LocationView; locale: string; languageName: LanguageNamer; now: Date }) {
  const t = useTranslations("Listing");
  const tOrganization = useTranslations("Organization");
  const format = useSiteFormat();
  const reader = languageName(locale);
  return (
    <article className="card space-y-3" aria-labelledby={`location-${location.id}`}>
      <h3 id={`location-${location.id}`} className="text-lg">
        {location.name ? <ListingName value={location.name} locale={locale} /> : <bdi>{location.address?.city}</bdi>}
      </h3>
      {location.address ? (
        <address className="not-italic" dir="ltr" lang="en">
          {location.address.address1}
          {location.address.address2 ? `, ${location.address.address2}` : null}
          <br />
          {location.address.city}, {location.address.region} {location.address.postalCode}
        </address>
      ) : null}
      {location.address ? (
        <p>
          <DirectionsLink address={location.address} className="font-semibold" />
        </p>
      ) : null}
      {location.phones.map((phone) => (
        <PhoneLinks key={phone.id} number={phone.number} extension={phone.extension} acceptsText={phone.acceptsText} />
      ))}
      <div>
        <h4 className="font-semibold">{t("hoursHeading")}</h4>
        <HoursView schedule={location.schedule} locale={locale} now={now} />
      </div>
      {location.languages.length > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">{t("languagesHeading")}: </span>
          {format.list(location.languages.map(languageName))}
        </p>
      ) : null}
      {location.accessibility ? (
        <div className="text-sm">
          <span className="font-semibold">{tOrganization("accessibility")}: </span>
          <LocalizedTextView as="span" value={location.accessibility} locale={locale} readerLanguageName={reader} />
        </div>
      ) : null}
      {location.transportation ? (
        <div className="text-sm">
          <span className="font-semibold">{tOrganization("transportation")}: </span>
          <LocalizedTextView as="span" value={location.transportation} locale={locale} readerLanguageName={reader} />
        </div>
      ) : null}
    </article>
  );
}

const SAFETY_ICON_PATHS = {
  yes: "m5 12 5 5 9-10",
  no: "M6 6l12 12M18 6 6 18",
  unknown: "M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14m0 3h.01",
} as const;

function SafetyAndAccreditation({ organization }: { organization: OrganizationView }) {
  const t = useTranslations("Listing");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {organization.safetyStatements.length > 0 ? (
        <section aria-labelledby="safety-heading" className="card">
          <h2 id="safety-heading" className="text-lg">
            {t("safetyHeading")}
          </h2>
          <ul className="mt-3 space-y-2">
            {organization.safetyStatements.map((statement) => (
              <li key={statement.kind} className="flex items-start gap-2">
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className={`mt-0.5 h-5 w-5 shrink-0 ${statement.answer === "yes" ? "text-green-700" : statement.answer === "no" ? "text-red-700" : "text-slate-500"}`}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.5"
                >
                  <path d={SAFETY_ICON_PATHS[statement.answer]} />
                </svg>
                <span>
                  {t(`safety.${statement.kind}`)}: <strong>{t(`safetyAnswer.${statement.answer}`)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {organization.accreditations.length > 0 ? (
        <section aria-labelledby="accreditation-heading" className="card">
          <h2 id="accreditation-heading" className="text-lg">
            {t("accreditationHeading")}
          </h2>
          <ul className="mt-3 space-y-2">
            {organization.accreditations.map((accreditation) => (
              <li key={accreditation.kind} className="flex items-start gap-2">
                <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 h-5 w-5 shrink-0 text-brand-700" fill="none" stroke="currentColor" strokeWidth="2">
                  <path d="M12 3 4 6v6c0 4.4 3.4 8.3 8 9 4.6-.7 8-4.6 8-9V6z" />
                </svg>
                <span>{t(`accreditation.${accreditation.kind}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function OrganizationDetails({
  organization,
  locale,
  languageName,
  now,
}: {
  organization: OrganizationView;
  locale: string;
  languageName: LanguageNamer;
  now: Date;
}) {
  const t = useTranslations("Organization");
  const tCommon = useTranslations("Common");
  return (
    <div className="space-y-8">
      <section aria-labelledby="services-heading" className="space-y-4">
        <h2 id="services-heading" className="text-xl">
          {t("servicesHeading")}
        </h2>
        {organization.services.map((service) => (
          <ServiceCard key={service.id} service={service} organization={organization} locale={locale} languageName={languageName} now={now} />
        ))}
      </section>

      <section aria-labelledby="locations-heading" className="space-y-4">
        <h2 id="locations-heading" className="text-xl">
          {t("locationsHeading")}
        </h2>
        {organization.locations.length === 0 ? <p>{t("noOffices")}</p> : null}
        <div className="grid gap-4 md:grid-cols-2">
          {organization.locations.map((location) => (
            <LocationCard key={location.id} location={location} locale={locale} languageName={languageName} now={now} />
          ))}
        </div>
      </section>

      <SafetyAndAccreditation organization={organization} />

      {organization.website || organization.email || organization.phones.length > 0 ? (
        <section aria-labelledby="contact-heading" className="card space-y-2">
          <h2 id="contact-heading" className="text-lg">
            {t("contactHeading")}
          </h2>
          {organization.phones.map((phone) => (
            <PhoneLinks key={phone.id} number={phone.number} extension={phone.extension} acceptsText={phone.acceptsText} />
          ))}
          {organization.website ? (
            <p>
              <span className="font-semibold">{tCommon("website")}: </span>
              <a href={organization.website} rel="noreferrer" dir="ltr">
                {organization.website.replace(/^https?:\/\//, "")}
              </a>
            </p>
          ) : null}
          {organization.email ? (
            <p>
              <span className="font-semibold">{tCommon("email")}: </span>
              <a href={`mailto:${organization.email}`} dir="ltr">
                {organization.email}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
