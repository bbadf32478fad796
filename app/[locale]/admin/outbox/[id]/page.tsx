import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canAdminister } from "@/features/accounts/permissions";
import { getLanguageNamer } from "@/features/listings/language-names";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { readOutboxMessage } from "@/lib/mail";

export default async function OutboxMessagePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requirePermission(locale, localizedPath(locale, `/admin/outbox/${id}`), canAdminister);
  const message = await readOutboxMessage(id);
  if (!message) notFound();
  const [t, languageName] = await Promise.all([getTranslations("Moderation"), getLanguageNamer(locale)]);
  const format = siteFormatFor(locale);
  return (
    <article className="max-w-3xl space-y-4" aria-labelledby="message-heading">
      <p>
        <a href={localizedPath(locale, "/admin/outbox")}>{t("backToOutbox")}</a>
      </p>
      <h1 id="message-heading" className="text-2xl" lang={message.locale} dir="auto">
        {message.subject}
      </h1>
      <dl className="grid gap-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("outboxTo")}</dt>
        <dd dir="ltr">{message.to}</dd>
        <dt className="font-semibold">{t("outboxDate")}</dt>
        <dd>{format.instant(new Date(message.date))}</dd>
        <dt className="font-semibold">{t("outboxLanguage")}</dt>
        <dd>{languageName(message.locale)}</dd>
      </dl>
      <pre className="card whitespace-pre-wrap break-words font-sans" lang={message.locale} dir="auto" data-testid="outbox-body">
        {message.text}
      </pre>
    </article>
  );
}
