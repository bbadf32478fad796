import { useTranslations } from "next-intl";
import { siteFormatFor } from "@/i18n/format";
import { WEEKDAYS } from "../schema";
import { openState, type WeeklySchedule } from "../opening-hours";

/** Weekly hours in the location's own time zone, with whether it is open right now. */
/** With `compact`, only whether it is open now (or always open), for cards that list many. */
export function HoursView({ schedule, locale, now, compact = false }: { schedule: WeeklySchedule | undefined; locale: string; now: Date; compact?: boolean }) {
  const t = useTranslations("Listing");
  const format = siteFormatFor(locale);
  const clock = format.clock;
  const weekdayName = (weekday: number) => t(`weekday.${String(weekday) as "1"}`);

  if (!schedule) return <p className="text-slate-700">{t("noHours")}</p>;
  const state = openState(schedule, now);

  let status: string | null = null;
  if (state.kind === "open") status = t("openNow", { time: clock(state.closesAt) });
  else if (state.kind === "closed") {
    status = state.opensNext ? t("opensNext", { day: weekdayName(state.opensNext.weekday), time: clock(state.opensNext.opensAt) }) : t("closedNow");
  }

  return (
    <div className="space-y-2">
      {schedule.isAlwaysOpen ? (
        <p className="font-semibold text-green-800">{t("alwaysOpen")}</p>
      ) : compact ? (
        status ? <p className={state.kind === "open" ? "font-semibold text-green-800" : "font-semibold text-slate-800"}>{status}</p> : null
      ) : (
        <>
          {status ? (
            <p className={state.kind === "open" ? "font-semibold text-green-800" : "font-semibold text-slate-800"}>{status}</p>
          ) : null}
          <table className="text-sm">
            <caption className="sr-only">{t("hoursHeading")}</caption>
            <tbody>
              {WEEKDAYS.map((weekday) => {
                const rules = schedule.openingHours.filter((rule) => rule.weekday === weekday);
                return (
                  <tr key={weekday}>
                    <th scope="row" className="pe-4 text-start font-medium text-slate-700">
                      {weekdayName(weekday)}
                    </th>
                    <td className="text-slate-900">
                      {rules.length === 0
                        ? t("closed")
                        : format.list(
                            rules.map((rule) => t("timeRange", { opens: clock(rule.opensAt), closes: clock(rule.closesAt) })))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="text-sm text-slate-600">{t("hoursTimeZone", { timeZone: format.timeZoneName(schedule.timezone, now) })}</p>
        </>
      )}
    </div>
  );
}
