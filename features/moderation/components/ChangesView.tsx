import { useTranslations } from "next-intl";
import type { DifferenceValue, FieldDifference, RecordLabel } from "@/features/listings/document";
import { formatUsPhoneNumber } from "@/features/listings/phone-numbers";

/**
 * Field-level differences between two versions of a listing, side by side
 * (as it is, as proposed), grouped by record, high-risk fields marked. Used
 * by the portal (the editors' own changes), the review page and the history.
 */
export function ChangesView({ differences, mode = "review" }: { differences: FieldDifference[]; mode?: "review" | "history" }) {
  const t = useTranslations("Changes");
  const tListing = useTranslations("Listing");
  const tEditor = useTranslations("Editor");
  const tLanguages = useTranslations("LanguageNames");

  const language = (code: string) => (tLanguages.has(code as "en") ? tLanguages(code as "en") : code);
  const list = (value: DifferenceValue) => (value === null ? [] : typeof value === "string" ? [value] : [...value]);

  function formatOne(format: FieldDifference["format"], value: string): string {
    switch (format) {
      case "phone":
        return formatUsPhoneNumber(value);
      case "boolean":
        return value === "true" ? t("yes") : t("no");
      case "language":
      case "languages":
        return language(value);
      case "status":
        return tListing(`status.${value}` as "status.active");
      case "phoneType":
        return tEditor(`phoneTypes.${value}` as "phoneTypes.voice");
      case "serviceKind":
        return tEditor(`serviceKinds.${value}` as "serviceKinds.hotline");
      case "hotlinePurpose":
        return tListing(`hotlinePurpose.${value}` as "hotlinePurpose.rapid_response");
      case "capacity":
        return tListing(`capacity.${value}` as "capacity.accepting");
      case "taxonomy":
        return tListing(`taxonomy.${value}` as "taxonomy.asylum");
      case "safetyAnswer": {
        const [kind, answer] = value.split(":");
        return `${tListing(`safety.${kind}` as "safety.walk_in")}: ${tListing(`safetyAnswer.${answer}` as "safetyAnswer.yes")}`;
      }
      case "accreditations": {
        const [kind, ...detail] = value.split(":");
        return [tListing(`accreditation.${kind}` as "accreditation.attorney_led"), detail.join(":")].filter(Boolean).join(" · ");
      }
      case "costs": {
        const [kind, amount, ...description] = value.split(":");
        return [tEditor(`costs.${kind}` as "costs.free"), amount ? `$${amount}` : "", description.join(":")].filter(Boolean).join(" · ");
      }
      case "areas": {
        const [kind, code, center] = value.split(":");
        if (kind === "radius") return t("area.radius", { miles: Number(code), center: center ?? "" });
        return t(`area.${kind}` as "area.state", { code: code ?? "" });
      }
      case "hours": {
        if (value === "always") return t("alwaysOpen");
        if (value.startsWith("tz:")) return t("timeZone", { zone: value.slice(3) });
        if (value.startsWith("note:")) return t("hoursNote", { note: value.slice(5) });
        const [weekday, ...times] = value.split(":");
        return `${tListing(`weekday.${weekday}` as "weekday.1")} ${times.join(":").replace("-", "–")}`;
      }
      default:
        return value;
    }
  }

  function Value({ difference, value }: { difference: FieldDifference; value: DifferenceValue }) {
    if (value === null) return <span className="text-slate-500">{t("empty")}</span>;
    if (difference.format === "translation") {
      const [text, source] = list(value);
      return (
        <span>
          <span dir="auto" lang={difference.translation?.locale} className="whitespace-pre-line">
            {text}
          </span>{" "}
          <span className="text-sm text-slate-600">({tEditor(`translationSources.${source}` as "translationSources.machine")})</span>
        </span>
      );
    }
    const lines = list(value).map((item) => formatOne(difference.format, item));
    const ltr = difference.format === "phone" || difference.format === "url" || difference.format === "email";
    if (lines.length === 1) {
      return (
        <bdi dir={ltr ? "ltr" : "auto"} className="whitespace-pre-line break-words">
          {lines[0]}
        </bdi>
      );
    }
    return (
      <ul className="list-disc ps-5">
        {lines.map((line, index) => (
          <li key={index}>
            <bdi>{line}</bdi>
          </li>
        ))}
      </ul>
    );
  }

  function fieldLabel(difference: FieldDifference): string {
    if (difference.translation) {
      return t("fields.translation", { field: tEditor(`translatedFields.${difference.translation.field}` as "translatedFields.name"), language: language(difference.translation.locale) });
    }
    return t(`fields.${difference.field}` as "fields.name");
  }

  function recordTitle(record: RecordLabel, parent: RecordLabel | null): string {
    if (record.kind === "phone" && parent) return `${t("phoneOf", { record: parent.name })}: ${formatUsPhoneNumber(record.name)}`;
    return `${t(`recordKinds.${record.kind}`)}: ${record.name}`;
  }

  const groups: { key: string; title: string; differences: FieldDifference[] }[] = [];
  for (const difference of differences) {
    const key = `${difference.parent?.key ?? ""}/${difference.record.kind}/${difference.record.key}`;
    const group = groups.find((candidate) => candidate.key === key);
    if (group) group.differences.push(difference);
    else groups.push({ key, title: recordTitle(difference.record, difference.parent), differences: [difference] });
  }

  return (
    <div className="space-y-4" data-testid="changes-view">
      {groups.map((group) => {
        const change = group.differences[0]?.record.change;
        return (
          <section key={group.key} className="overflow-hidden rounded-lg border border-slate-300">
            <h3 className="flex flex-wrap items-center gap-2 bg-slate-100 px-3 py-2 text-base">
              <bdi>{group.title}</bdi>
              {change === "added" ? <span className="badge bg-green-100 text-green-900">{t("added")}</span> : null}
              {change === "removed" ? <span className="badge bg-red-100 text-red-900">{t("removed")}</span> : null}
            </h3>
            <table className="w-full border-collapse text-start text-sm">
              <thead className="sr-only sm:not-sr-only">
                <tr className="border-b border-slate-200 text-start">
                  <th scope="col" className="w-1/4 px-3 py-1 text-start">
                    {t("field")}
                  </th>
                  <th scope="col" className="px-3 py-1 text-start">
                    {mode === "review" ? t("before") : t("beforeAudit")}
                  </th>
                  <th scope="col" className="px-3 py-1 text-start">
                    {mode === "review" ? t("after") : t("afterAudit")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.differences.map((difference, index) => (
                  <tr key={index} className="border-b border-slate-100 align-top last:border-0 max-sm:block max-sm:py-2" data-high-risk={difference.highRisk ? "true" : undefined}>
                    <th scope="row" className="px-3 py-2 text-start font-semibold max-sm:block max-sm:py-0">
                      {fieldLabel(difference)}
                      {difference.highRisk && mode === "review" ? <span className="badge ms-2 bg-amber-100 text-amber-950">{t("highRisk")}</span> : null}
                    </th>
                    <td className="bg-red-50/60 px-3 py-2 max-sm:block max-sm:py-1">
                      <span className="sr-only sm:hidden">{mode === "review" ? t("before") : t("beforeAudit")}: </span>
                      <del className="no-underline">
                        <Value difference={difference} value={difference.before} />
                      </del>
                    </td>
                    <td className="bg-green-50/60 px-3 py-2 max-sm:block max-sm:py-1">
                      <span className="sr-only sm:hidden">{mode === "review" ? t("after") : t("afterAudit")}: </span>
                      <ins className="no-underline">
                        <Value difference={difference} value={difference.after} />
                      </ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
