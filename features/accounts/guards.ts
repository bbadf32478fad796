import "server-only";
import { notFound, redirect } from "next/navigation";
import { localizedPath } from "@/i18n/paths";
import { currentViewer } from "./viewer";
import { mustSetUpTwoFactor, type Viewer } from "./permissions";

/**
 * Access to the portal and admin pages. Anonymous visitors are sent to sign
 * in (and back afterwards); a moderator or admin without two-factor sign-in
 * is sent to set it up first; anyone else lacking the permission gets "not
 * found", which says nothing about what the page would have held.
 */
export async function requireViewer(locale: string, currentPath: string, options: { allowWithoutTwoFactor?: boolean } = {}): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${localizedPath(locale, "/portal/sign-in")}?next=${encodeURIComponent(currentPath)}`);
  if (!options.allowWithoutTwoFactor && mustSetUpTwoFactor(viewer)) redirect(localizedPath(locale, "/portal/security"));
  return viewer;
}

export async function requirePermission(locale: string, currentPath: string, allowed: (viewer: Viewer) => boolean): Promise<Viewer> {
  const viewer = await requireViewer(locale, currentPath);
  if (!allowed(viewer)) notFound();
  return viewer;
}
