import { useTranslations } from "next-intl";
import type { PlaceResolution } from "../places";

/** What to say when a place cannot be searched: missing, unknown, outside the country, or one of several. */
export function PlaceProblem({ resolution, text, hrefFor }: { resolution: PlaceResolution; text: string; hrefFor: (near: string) => string }) {
  const t = useTranslations("Directory");
  if (resolution.status === "missing") return <p className="text-lg">{t("placeMissing")}</p>;
  if (resolution.status === "outsideCoverage") {
    return (
      <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
        {t("placeOutside")}
      </p>
    );
  }
  if (resolution.status === "notFound") {
    return (
      <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900" data-testid="place-not-found">
        {t.rich("placeNotFound", { text, place: (chunks) => <bdi>{chunks}</bdi> })}
      </p>
    );
  }
  if (resolution.status === "ambiguous") {
    return (
      <div className="space-y-2" data-testid="place-choices">
        <p className="font-semibold">{t.rich("placeAmbiguous", { text, place: (chunks) => <bdi>{chunks}</bdi> })}</p>
        <ul className="grid gap-1 sm:grid-cols-2">
          {resolution.choices.map((choice) => (
            <li key={choice.near}>
              <a href={hrefFor(choice.near)} dir="ltr" lang="en">
                {choice.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return null;
}
