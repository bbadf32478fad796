import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth, STAFF_COOKIE_PREFIX } from "@/lib/auth";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import { isStaffRole, type Viewer } from "./permissions";

/** Whether a request carries a staff cookie at all: anonymous visitors never cost a session lookup. */
export function carriesStaffCookie(cookieHeader: string | null): boolean {
  return cookieHeader !== null && cookieHeader.includes(`${STAFF_COOKIE_PREFIX}.session_token=`);
}

/** The signed-in staff member of this request, or null (no session, an expired one, a deactivated account). */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const requestHeaders = await headers();
  if (!carriesStaffCookie(requestHeaders.get("cookie"))) return null;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { user } = session;
  if (user.banned || !isStaffRole(user.role)) return null;
  const memberships = await queryDatabase(() =>
    getDatabase().organizationMembership.findMany({ where: { userId: user.id }, select: { organizationId: true } }),
  );
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale ?? "en",
    twoFactorEnabled: user.twoFactorEnabled === true,
    organizationIds: memberships.map((membership) => membership.organizationId),
  };
});

