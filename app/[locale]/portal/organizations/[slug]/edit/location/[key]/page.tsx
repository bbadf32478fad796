import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditorPage } from "@/features/listings/components/editor/EditorPage";
import { LocationForm } from "@/features/listings/components/editor/LocationForm";
import { blankLocationFields, locationFieldsOf } from "@/features/listings/editor-form";
import { loadEditableListing, openedEditor, reportIdOf } from "@/features/listings/editor-pages";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string; key: string }>;

export default async function EditLocationPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug, key } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const reportId = reportIdOf((await searchParams).report);
  const overview = localizedPath(locale, `/portal/organizations/${slug}`);
  const { state } = await loadEditableListing(locale, slug, `${overview}/edit/location/${key}`);
  const isNew = key === "new";
  const location = state.draft.locations.find((candidate) => candidate.key === key);
  if (!isNew && !location) notFound();
  const [t, messages] = await Promise.all([getTranslations("Editor"), getMessages()]);
  const offeredLanguages = Object.keys((messages as Messages).LanguageNames);
  const values = location ? locationFieldsOf(location, offeredLanguages) : blankLocationFields(state.draft.locations[0]?.timezone ?? "America/New_York");
  return (
    <EditorPage title={isNew || !location ? t("sections.newLocation") : <>{t("sections.location")}: <bdi>{location.name ?? location.address.address1}</bdi></>} overviewHref={reportId ? `${overview}?report=${reportId}` : overview}>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Editor", "Listing", "LanguageNames"])}>
        <LocationForm
          initial={openedEditor(values, state.base)}
          hidden={{ locale, slug, report: reportId }}
          offeredLanguages={offeredLanguages}
          isNew={isNew}
        />
      </NextIntlClientProvider>
    </EditorPage>
  );
}
