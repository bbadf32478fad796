import { useTranslations } from "next-intl";
import { canAdminister, canModerate, canReviewGuides, type Viewer } from "@/features/accounts/permissions";
import { localizedPath } from "@/i18n/paths";

/** The moderation area's sections a staff member may open. */
export function AdminNavigation({ viewer, locale }: { viewer: Viewer; locale: string }) {
  const t = useTranslations("Moderation");
  const links = [
    ...(canModerate(viewer)
      ? [
          { href: "/admin", label: t("navQueue") },
          { href: "/admin/organizations", label: t("navOrganizations") },
          { href: "/admin/stale", label: t("navStale") },
        ]
      : []),
    ...(canModerate(viewer) || canReviewGuides(viewer) ? [{ href: "/admin/rights", label: t("navRights") }] : []),
    ...(canAdminister(viewer)
      ? [
          { href: "/admin/staff", label: t("navStaff") },
          { href: "/admin/official-lines", label: t("navOfficialLines") },
          { href: "/admin/outbox", label: t("navOutbox") },
        ]
      : []),
  ];
  if (links.length === 0) return null;
  return (
    <nav aria-label={t("navigation")}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
        {links.map((link) => (
          <li key={link.href}>
            <a href={localizedPath(locale, link.href)} className="inline-block rounded-md px-3 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-100">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
