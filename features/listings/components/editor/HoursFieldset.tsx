"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextField } from "@/features/site/components/FormFields";
import { WEEKDAYS } from "../../schema";
import type { HoursFields } from "../../editor-form";

/** US time zones people's offices are in; "open now" needs the zone, never an offset. */
export const US_TIME_ZONES = [
  "America/New_York",
  "America/Detroit",
  "America/Indiana/Indianapolis",
  "America/Chicago",
  "America/Denver",
  "America/Boise",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
  "Pacific/Guam",
] as const;

export function HoursFieldset({ hours, errorOf }: { hours: HoursFields; errorOf: (path: string) => string | null }) {
  const t = useTranslations("Editor");
  const tListing = useTranslations("Listing");
  const zones = US_TIME_ZONES.includes(hours.timezone as (typeof US_TIME_ZONES)[number]) || hours.timezone === "" ? US_TIME_ZONES : [hours.timezone, ...US_TIME_ZONES];
  return (
    <fieldset className="card space-y-4">
      <legend className="px-1 text-lg font-bold">{t("hoursLegend")}</legend>
      <p className="text-sm text-slate-700">{t("hoursHint")}</p>
      <SelectField path="hours.timezone" label={t("timezone")} value={hours.timezone} error={errorOf("hours.timezone")} options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))} />
      <CheckboxField path="hours.alwaysOpen" label={t("alwaysOpen")} checked={hours.alwaysOpen} />
      {WEEKDAYS.map((weekday, index) => {
        const day = hours.days[index] ?? { opens: "", closes: "", opens2: "", closes2: "" };
        const path = (field: string) => `hours.days.${index}.${field}`;
        return (
          <fieldset key={weekday} className="rounded-lg border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{tListing(`weekday.${weekday}`)}</legend>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <TextField path={path("opens")} label={t("opens")} type="time" value={day.opens} error={errorOf(path("opens"))} dir="ltr" />
              <TextField path={path("closes")} label={t("closes")} type="time" value={day.closes} error={errorOf(path("closes"))} dir="ltr" />
              <TextField path={path("opens2")} label={t("opensAgain")} type="time" value={day.opens2} error={errorOf(path("opens2"))} dir="ltr" />
              <TextField path={path("closes2")} label={t("closesAgain")} type="time" value={day.closes2} error={errorOf(path("closes2"))} dir="ltr" />
            </div>
          </fieldset>
        );
      })}
      <TextField path="hours.notes" label={t("hoursNotes")} value={hours.notes} error={errorOf("hours.notes")} />
    </fieldset>
  );
}
