import "server-only";
import { notFound } from "next/navigation";
import { requireViewer } from "@/features/accounts/guards";
import { canEditListing, type Viewer } from "@/features/accounts/permissions";
import { encodeBase, type ListingBase } from "@/features/moderation/change-requests";
import { getEditingState, type EditingState } from "@/features/moderation/data";
import type { EditorState } from "./actions";
import { isSlug } from "./slugs";

/**
 * The listing an editor page works on, for someone allowed to edit it:
 * sends others to sign in, or answers "not found".
 */
export async function loadEditableListing(locale: string, slug: string, currentPath: string): Promise<{ viewer: Viewer; state: EditingState }> {
  const viewer = await requireViewer(locale, currentPath);
  const state = isSlug(slug) ? await getEditingState(slug) : null;
  if (!state || !canEditListing(viewer, state.organization.id)) notFound();
  return { viewer, state };
}

/** A problem report id a moderator's correction comes from (carried through the editor pages). */
export function reportIdOf(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^[0-9a-f-]{36}$/.test(value) ? value : undefined;
}

/** An editor form as it opens: the section's values, and the base and values it is opened at. */
export function openedEditor<Fields>(values: Fields, base: ListingBase): EditorState<Fields> {
  return { status: "idle", formError: null, fieldErrors: {}, values, base: encodeBase(base), original: values };
}
