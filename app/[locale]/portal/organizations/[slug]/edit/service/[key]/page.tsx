import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditorPage } from "@/features/listings/components/editor/EditorPage";
import { ServiceForm } from "@/features/listings/components/editor/ServiceForm";
import { blankServiceFields, serviceFieldsOf } from "@/features/listings/editor-form";
import { loadEditableListing, openedEditor, reportIdOf } from "@/features/listings/editor-pages";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string; key: string }>;

export default async function EditServicePage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug, key } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const reportId = reportIdOf((await searchParams).report);
  const overview = localizedPath(locale, `/portal/organizations/${slug}`);
  const { state } = await loadEditableListing(locale, slug, `${overview}/edit/service/${key}`);
  const isNew = key === "new";
  const service = state.draft.services.find((candidate) => (candidate.id ?? candidate.slug) === key);
  if (!isNew && !service) notFound();
  const [t, messages] = await Promise.all([getTranslations("Editor"), getMessages()]);
  const offeredLanguages = Object.keys((messages as Messages).LanguageNames);
  const values = service ? serviceFieldsOf(service, state.draft, offeredLanguages) : blankServiceFields(state.draft.locations[0]?.timezone ?? "America/New_York");
  const offices = state.draft.locations.map((location) => ({ key: location.key, name: location.name ?? `${location.address.address1}, ${location.address.city}` }));
  const capacitySince = service?.capacityUpdatedAt ? t("capacitySince", { date: siteFormatFor(locale).date(service.capacityUpdatedAt, "medium") }) : null;
  return (
    <EditorPage title={isNew || !service ? t("sections.newService") : <>{t("sections.service")}: <bdi>{service.name}</bdi></>} overviewHref={reportId ? `${overview}?report=${reportId}` : overview}>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Editor", "Listing", "LanguageNames"])}>
        <ServiceForm
          initial={openedEditor(values, state.base)}
          hidden={{ locale, slug, report: reportId }}
          offeredLanguages={offeredLanguages}
          offices={offices}
          capacitySince={capacitySince}
          isNew={isNew}
        />
      </NextIntlClientProvider>
    </EditorPage>
  );
}
