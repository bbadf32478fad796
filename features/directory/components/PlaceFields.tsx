import { useTranslations } from "next-intl";
import { UseMyLocationButton } from "./UseMyLocationButton";
import { MAX_NEAR_LENGTH } from "../limits";

/** The "ZIP code or city" field of every search form; `onDark` for the home page's dark panel. */
export function NearField({ defaultValue, required = false, onDark = false }: { defaultValue?: string; required?: boolean; onDark?: boolean }) {
  const t = useTranslations("Directory");
  return (
    <div>
      <label htmlFor="near" className="block font-semibold">
        {t("searchLabel")}
      </label>
      <p id="near-hint" className={`text-sm ${onDark ? "text-brand-100" : "text-slate-600"}`}>
        {t("searchHint")}
      </p>
      <input
        id="near"
        name="near"
        type="text"
        inputMode="search"
        autoComplete="postal-code"
        maxLength={MAX_NEAR_LENGTH}
        required={required}
        defaultValue={defaultValue}
        aria-describedby="near-hint"
        className={`field-input mt-1 ${onDark ? "border-white" : ""}`}
      />
    </div>
  );
}

/** "Use my location", with its strings. */
export function MyLocationButton({ searchPath, radius }: { searchPath: string; radius: number | null }) {
  const t = useTranslations("Directory");
  return (
    <UseMyLocationButton
      searchPath={searchPath}
      radius={radius}
      labels={{
        button: t("useMyLocation"),
        locating: t("locating"),
        denied: t("locationDenied"),
        unavailable: t("locationUnavailable"),
        privacy: t("locationPrivacy"),
      }}
    />
  );
}
