import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { EditorPage } from "@/features/listings/components/editor/EditorPage";
import { TranslationsForm } from "@/features/listings/components/editor/TranslationsForm";
import { translatableTexts } from "@/features/listings/editor-form";
import { loadEditableListing, openedEditor, reportIdOf } from "@/features/listings/editor-pages";
import { getLanguageNamer } from "@/features/listings/language-names";
import { asLocale, SHIPPED_LOCALES } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string }>;

export default async function EditTranslationsPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const reportId = reportIdOf(query.report);
  const overview = localizedPath(locale, `/portal/organizations/${slug}`);
  const { state } = await loadEditableListing(locale, slug, `${overview}/edit/translations`);
  const languages = SHIPPED_LOCALES.filter(({ code }) => code !== state.draft.sourceLocale);
  const language = languages.find(({ code }) => code === query.language)?.code ?? languages[0]?.code ?? "es";
  const [t, messages, languageName] = await Promise.all([getTranslations("Editor"), getMessages(), getLanguageNamer(locale)]);
  const texts = translatableTexts(state.draft, language);
  return (
    <EditorPage title={t("translationsTitle", { language: languageName(language) })} overviewHref={reportId ? `${overview}?report=${reportId}` : overview}>
      <p className="max-w-3xl">{t("translationsIntro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        {reportId ? <input type="hidden" name="report" value={reportId} /> : null}
        <div className="space-y-1">
          <label htmlFor="translation-language" className="block font-semibold">
            {t("translationLanguage")}
          </label>
          <select id="translation-language" name="language" defaultValue={language} className="field-input">
            {languages.map(({ code, nativeName }) => (
              <option key={code} value={code} lang={code}>
                {nativeName}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          {t("showLanguage")}
        </button>
      </form>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Editor", "Listing"])}>
        <TranslationsForm
          key={language}
          initial={openedEditor(
            texts.map((text) => ({ record: text.record, field: text.field, value: text.translation?.value ?? "", source: text.translation?.source ?? "community" })),
            state.base,
          )}
          hidden={{ locale, slug, report: reportId }}
          rows={texts.map((text) => ({ record: text.record, field: text.field, kind: text.entity, recordName: text.recordLabel.name, original: text.original }))}
          language={language}
          languageName={languageName(language)}
          sourceLanguageName={languageName(state.draft.sourceLocale)}
          sourceLocale={state.draft.sourceLocale}
        />
      </NextIntlClientProvider>
    </EditorPage>
  );
}
