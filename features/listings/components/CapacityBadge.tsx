import { useTranslations } from "next-intl";
import { useSiteFormat } from "@/i18n/use-site-format";
import type { CapacityStatus } from "../schema";

const CAPACITY_CLASSES: Record<CapacityStatus, string> = {
  accepting: "bg-green-100 text-green-900",
  waitlist: "bg-amber-100 text-amber-900",
  not_accepting: "bg-slate-200 text-slate-800",
};

/** Whether a service takes new cases, and as of when. */
export function CapacityBadge({ status, updatedAt }: { status: CapacityStatus; updatedAt: Date | null }) {
  const t = useTranslations("Listing");
  const format = useSiteFormat();
  return (
    <span className={`badge ${CAPACITY_CLASSES[status]}`}>
      {t(`capacity.${status}`)}
      {updatedAt ? ` · ${t("capacityAsOf", { date: format.date(updatedAt, "medium") })}` : null}
    </span>
  );
}
