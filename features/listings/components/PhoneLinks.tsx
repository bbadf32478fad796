import { useTranslations } from "next-intl";
import { formatUsPhoneNumber, smsHref, telHref } from "../phone-numbers";

/** tel: (and sms:) links; numbers stay left-to-right inside right-to-left text. */
export function PhoneLinks({ number, extension, acceptsText }: { number: string; extension?: string | null; acceptsText?: boolean }) {
  const t = useTranslations("Common");
  const display = formatUsPhoneNumber(number, extension);
  return (
    <span className="flex flex-wrap gap-2">
      <a href={telHref(number, extension)} className="button-primary">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="currentColor">
          <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
        </svg>
        {t.rich("call", { display, number: (chunks) => <bdi dir="ltr" className="whitespace-nowrap">{chunks}</bdi> })}
      </a>
      {acceptsText ? (
        <a href={smsHref(number)} className="button-secondary">
          {t.rich("text", { display, number: (chunks) => <bdi dir="ltr" className="whitespace-nowrap">{chunks}</bdi> })}
        </a>
      ) : null}
    </span>
  );
}
