import { useTranslations } from "next-intl";
import { Notice } from "@/features/site/components/FormFields";
import type { Messages } from "@/i18n/messages";

type ResultKey = keyof Messages["Moderation"]["results"];
const WARNINGS = new Set<string>(["stale", "sameModerator", "notReviewable", "denied", "failed", "unavailable", "claimApprovedNoEmail", "inviteNotSent"]);

/** The outcome of a moderator's action, from the `result` the action sent them back with. */
export function ResultNotice({ result }: { result: string | string[] | undefined }) {
  const t = useTranslations("Moderation.results");
  if (typeof result !== "string" || !t.has(result as ResultKey)) return null;
  return <Notice tone={WARNINGS.has(result) ? "warning" : "success"}>{t(result as ResultKey)}</Notice>;
}
