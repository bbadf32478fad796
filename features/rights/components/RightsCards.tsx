import type { getTranslations } from "next-intl/server";
import { formatUsPhoneNumber } from "@/features/listings/phone-numbers";
import { directionOf, type Locale } from "@/i18n/locales";

const LINES = ["silent", "search", "lawyer", "sign", "warrant"] as const;
const CARDS_PER_SHEET = 4;

export type CardTranslator = Awaited<ReturnType<typeof getTranslations<"RightsCard">>>;

/**
 * Above this many characters of card sentences, the card uses a smaller
 * type so the text still fits its cut lines (checked in every language by
 * tests/e2e/hotlines-rights.spec.ts).
 */
const DENSE_CARD_CHARACTERS = 330;

/** One wallet-size card face: the essential sentences, a hotline, and the notice. */
function CardFace({ t, locale, hotlineNumber }: { t: CardTranslator; locale: Locale; hotlineNumber: string | null }) {
  const length = LINES.reduce((total, line) => total + t(`lines.${line}`).length, 0);
  return (
    <div className={length > DENSE_CARD_CHARACTERS ? "rights-card rights-card-dense" : "rights-card"} lang={locale} dir={directionOf(locale)} data-testid="rights-card">
      <p className="rights-card-title">{t("cardTitle")}</p>
      <ul>
        {LINES.map((line) => (
          <li key={line}>{t(`lines.${line}`)}</li>
        ))}
      </ul>
      {hotlineNumber ? (
        <p className="rights-card-hotline">
          {t.rich("hotline", { display: formatUsPhoneNumber(hotlineNumber), number: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
        </p>
      ) : null}
      <p className="rights-card-note">{t("notLegalAdvice")}</p>
    </div>
  );
}

/**
 * A sheet of four wallet-size cards: two rows of two in one language, or, with
 * a second language, four rows with that language beside each card, to fold
 * into two-sided cards.
 */
export function RightsCardSheet({
  primary,
  secondary,
  hotlineNumber,
}: {
  primary: { t: CardTranslator; locale: Locale };
  secondary: { t: CardTranslator; locale: Locale } | null;
  hotlineNumber: string | null;
}) {
  // Each row holds two cards: the same language twice, or the two languages side by side (twice as many rows).
  const right = secondary ?? primary;
  return (
    <div className="rights-sheet" data-testid="rights-sheet">
      {Array.from({ length: secondary ? CARDS_PER_SHEET : CARDS_PER_SHEET / 2 }, (_, index) => (
        <div key={index} className="rights-card-row">
          <CardFace t={primary.t} locale={primary.locale} hotlineNumber={hotlineNumber} />
          <CardFace t={right.t} locale={right.locale} hotlineNumber={hotlineNumber} />
        </div>
      ))}
    </div>
  );
}
