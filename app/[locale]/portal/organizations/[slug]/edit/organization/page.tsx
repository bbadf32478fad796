import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { EditorPage } from "@/features/listings/components/editor/EditorPage";
import { OrganizationForm } from "@/features/listings/components/editor/OrganizationForm";
import { organizationFieldsOf } from "@/features/listings/editor-form";
import { loadEditableListing, openedEditor, reportIdOf } from "@/features/listings/editor-pages";
import { getLanguageNamer } from "@/features/listings/language-names";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string }>;

export default async function EditOrganizationPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const reportId = reportIdOf((await searchParams).report);
  const overview = localizedPath(locale, `/portal/organizations/${slug}`);
  const { state } = await loadEditableListing(locale, slug, `${overview}/edit/organization`);
  const [t, messages, languageName] = await Promise.all([getTranslations("Editor"), getMessages(), getLanguageNamer(locale)]);
  const sourceLocales = Object.keys((messages as Messages).LanguageNames).map((code) => ({ code, name: languageName(code) }));
  return (
    <EditorPage title={t.rich("editingTitle", { organization: state.organization.name, name: (chunks) => <bdi>{chunks}</bdi> })} overviewHref={reportId ? `${overview}?report=${reportId}` : overview}>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Editor", "Listing"])}>
        <OrganizationForm
          initial={openedEditor(organizationFieldsOf(state.draft), state.base)}
          hidden={{ locale, slug, report: reportId }}
          sourceLocales={sourceLocales}
        />
      </NextIntlClientProvider>
    </EditorPage>
  );
}
