import { useTranslations } from "next-intl";
import { localizedPath } from "@/i18n/paths";
import { signOut } from "../actions";
import { canModerate, canReviewGuides, mustSetUpTwoFactor, type Viewer } from "../permissions";

/** The staff area's own menu, shown on portal and admin pages only (public pages look the same to everyone). */
export function StaffNavigation({ viewer, locale }: { viewer: Viewer; locale: string }) {
  const t = useTranslations("Account");
  const links = mustSetUpTwoFactor(viewer)
    ? [{ href: "/portal/security", label: t("navSecurity") }]
    : [
        ...(viewer.organizationIds.length > 0 || viewer.role === "editor" ? [{ href: "/portal", label: t("navMyListings") }] : []),
        ...(canModerate(viewer) || canReviewGuides(viewer) ? [{ href: canModerate(viewer) ? "/admin" : "/admin/rights", label: t("navModeration") }] : []),
        { href: "/portal/security", label: t("navSecurity") },
      ];
  return (
    <nav aria-label={t("portalNavigation")} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-slate-50 px-4 py-2" data-testid="staff-navigation">
      <p className="text-sm text-slate-700">{t("signedInAs", { name: viewer.name, role: t(`roles.${viewer.role}`) })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <a href={localizedPath(locale, link.href)} className="inline-block rounded-md px-2 py-1 font-semibold no-underline hover:bg-brand-100">
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <form action={signOut}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded-md px-2 py-1 font-semibold text-brand-800 underline underline-offset-2 hover:bg-brand-100">
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
