import { useTranslations } from "next-intl";
import type { OfficialLineView } from "../data";
import { OfficialLineCard } from "./OfficialLineCard";

/** The government lines as a section of their own, under a heading and the reminder that they are not advocates. */
export function OfficialLinesSection({ lines, locale, now, heading, listClassName }: { lines: OfficialLineView[]; locale: string; now: Date; heading: "heading" | "guideHeading"; listClassName: string }) {
  const t = useTranslations("OfficialLines");
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="official-lines-heading" className="space-y-3" data-testid="official-lines">
      <h2 id="official-lines-heading" className="text-xl">
        {t(heading)}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <ul className={listClassName}>
        {lines.map((line) => (
          <li key={line.id}>
            <OfficialLineCard line={line} locale={locale} now={now} />
          </li>
        ))}
      </ul>
    </section>
  );
}
