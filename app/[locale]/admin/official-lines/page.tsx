import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canAdminister } from "@/features/accounts/permissions";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { formatUsPhoneNumber } from "@/features/listings/phone-numbers";
import { OfficialLineForm } from "@/features/official-lines/components/OfficialLineForm";
import { listOfficialLines } from "@/features/official-lines/data";
import { isOfficialLineStale } from "@/features/official-lines/schema";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

/** Admins keep the government lines current: contact details, sources, and the day they were last checked. */
export default async function OfficialLinesAdminPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requirePermission(locale, localizedPath(locale, "/admin/official-lines"), canAdminister);
  const [t, tLines, messages, lines] = await Promise.all([getTranslations("Moderation"), getTranslations("OfficialLines"), getMessages(), listOfficialLines(locale)]);
  const format = siteFormatFor(locale);
  const now = new Date();
  return (
    <section className="space-y-5" aria-labelledby="official-lines-heading">
      <h1 id="official-lines-heading" className="text-2xl">
        {t("officialLinesTitle")}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p className="max-w-3xl">{t("officialLinesIntro")}</p>
      <ul className="space-y-4">
        {lines.map((line) => (
          <li key={line.id} id={line.slug} className="card space-y-3" data-testid="official-line-admin">
            <h2 className="text-lg" lang={line.lang === locale ? undefined : line.lang}>
              {line.texts.name}
            </h2>
            <p className={isOfficialLineStale(line.checkedAt, now) ? "font-semibold text-amber-900" : "text-slate-700"}>
              {t("officialLineChecked", { date: format.date(line.checkedAt, "medium") })}
              {isOfficialLineStale(line.checkedAt, now) ? ` ${tLines("stale")}` : null}
            </p>
            <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
              <OfficialLineForm
                locale={locale}
                initial={{ slug: line.slug, phone: line.phone ? formatUsPhoneNumber(line.phone) : "", website: line.website ?? "", email: line.email ?? "", sources: line.sources.join("\n") }}
              />
            </NextIntlClientProvider>
          </li>
        ))}
      </ul>
    </section>
  );
}
