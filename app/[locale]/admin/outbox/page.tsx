import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canAdminister } from "@/features/accounts/permissions";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { listOutbox } from "@/lib/mail";

/** Emails kept on this machine when no SMTP server is configured (admins only: they hold one-time links). */
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requirePermission(locale, localizedPath(locale, "/admin/outbox"), canAdminister);
  const [t, messages] = await Promise.all([getTranslations("Moderation"), listOutbox()]);
  const format = siteFormatFor(locale);
  return (
    <section className="space-y-5" aria-labelledby="outbox-heading">
      <h1 id="outbox-heading" className="text-2xl">
        {t("outboxTitle")}
      </h1>
      <p className="max-w-3xl">{t("outboxIntro")}</p>
      {messages.length === 0 ? <p>{t("outboxEmpty")}</p> : null}
      <ul className="space-y-2">
        {messages.map((message) => (
          <li key={message.id} className="card space-y-1" data-testid="outbox-message">
            <p className="font-semibold">
              <a href={localizedPath(locale, `/admin/outbox/${message.id}`)} lang={message.locale} dir="auto">
                {message.subject}
              </a>
            </p>
            <p className="text-sm text-slate-700">
              <bdi dir="ltr">{message.to}</bdi> · {format.instant(new Date(message.date))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
