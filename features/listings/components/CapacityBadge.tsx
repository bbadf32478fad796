import { getFormatter, getTranslations } from "next-intl/server";
import type { CapacityStatus } from "../schema";

const CAPACITY_CLASSES: Record<CapacityStatus, string> = {
  accepting: "bg-green-100 text-green-900",
  waitlist: "bg-amber-100 text-amber-900",
  not_accepting: "bg-slate-200 text-slate-800",
};

/** Whether a service takes new cases, and as of when. */
export async function CapacityBadge({ status, updatedAt }: { status: CapacityStatus; updatedAt: Date | null }) {
  const t = await getTranslations("Listing");
  const format = await getFormatter();
  return (
    <span className={`badge ${CAPACITY_CLASSES[status]}`}>
      {t(`capacity.${status}`)}
      {updatedAt ? ` · ${t("capacityAsOf", { date: format.dateTime(updatedAt, { dateStyle: "medium" }) })}` : null}
    </span>
  );
}
