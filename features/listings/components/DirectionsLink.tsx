import { useTranslations } from "next-intl";
import { directionsHref } from "../directions";

/** "Directions": opens the reader's maps app with the address; the page itself loads no map. */
export function DirectionsLink({ address, className }: { address: Parameters<typeof directionsHref>[0]; className?: string }) {
  const t = useTranslations("Common");
  return (
    <a href={directionsHref(address)} rel="noreferrer" className={className}>
      {t("directions")}
      <span className="sr-only"> ({t("directionsHint")})</span>
    </a>
  );
}
