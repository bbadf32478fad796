import type { Metadata } from "next";
import { asLocale } from "@/i18n/locales";
import { getTranslations, setRequestLocale } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("aboutTitle"), description: t("aboutDescription") };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("About");
  const sections = [
    { id: "who", heading: t("whoHeading"), paragraphs: [t("whoText")] },
    { id: "vetting", heading: t("vettingHeading"), paragraphs: [t("vettingSteps"), t("freshnessText"), t("notariosText")] },
    { id: "privacy", heading: t("privacyHeading"), paragraphs: [t("privacyItems")] },
    { id: "credits", heading: t("creditsHeading"), paragraphs: [t("creditsGeoNames"), t("creditsHsds")] },
    { id: "sample", heading: t("sampleHeading"), paragraphs: [t("sampleText")] },
  ];
  return (
    <article className="max-w-3xl space-y-8">
      <h1 className="text-2xl sm:text-3xl">{t("heading")}</h1>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="space-y-2">
          <h2 id={`${section.id}-heading`} className="text-xl">
            {section.heading}
          </h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <p>
        <a href="https://www.geonames.org/" rel="noreferrer">
          GeoNames
        </a>
        {" · "}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="noreferrer">
          CC BY 4.0
        </a>
        {" · "}
        <a href="https://openreferral.org/" rel="noreferrer">
          Open Referral HSDS
        </a>
      </p>
    </article>
  );
}
