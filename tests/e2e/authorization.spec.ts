import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Browser } from "@playwright/test";
import { createInvitation } from "@/features/accounts/mutations";
import { readListingDocument } from "@/features/listings/data";
import { SAFETY_STATEMENT_KINDS, type ListingDocument } from "@/features/listings/schema";
import { encodeBase, type ListingBase } from "@/features/moderation/change-requests";
import { createClaim, createProblemReport, saveChangeDraft, submitChangeRequest } from "@/features/moderation/mutations";
import { getDatabase } from "./e2e-database";
import { E2E_AUTHZ_LISTINGS, E2E_BASE_URL, E2E_STAFF, E2E_STAFF_OWN, E2E_STAFF_PASSWORD, type E2EStaffKey } from "./e2e-data";
import { ownClientAddress, signInAs } from "./staff";

/*
 * Every server action and every portal and admin page, against every role:
 * only the allowed ones succeed. Pages are requested as each role's browser
 * would (its session cookie, its address); server actions are called as the
 * pages' own scripts call them (React's reply encoding, the Next-Action
 * header), with arguments a person with the page open could send. An
 * action "succeeds" when its effect is in the database afterwards, so a
 * refusal cannot pass for a success, nor the other way round. The list of
 * actions comes from the build: a new action without a case fails the test.
 */

const ROLES = ["anonymous", "editorOfThis", "editorOfOther", "moderatorWithoutTwoFactor", "moderator", "legalReviewer", "admin"] as const;
type Role = (typeof ROLES)[number];
const ACCOUNT_OF: Record<Exclude<Role, "anonymous">, E2EStaffKey> = {
  editorOfThis: "editor",
  editorOfOther: "otherEditor",
  moderatorWithoutTwoFactor: "moderatorWithoutTwoFactor",
  moderator: "moderator",
  legalReviewer: "legalReviewer",
  admin: "admin",
};
const SIGNED_IN: Role[] = ["editorOfThis", "editorOfOther", "moderatorWithoutTwoFactor", "moderator", "legalReviewer", "admin"];
const MODERATORS: Role[] = ["moderator", "admin"];
const EDITORS_OF_THIS: Role[] = ["editorOfThis", "moderator", "admin"];

interface Caller {
  cookie: string;
  address: string;
}

const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as { encodeReply: (value: unknown) => Promise<FormData | string> };

// ---------------------------------------------------------------------------
// Calling pages and actions as a role

async function request(caller: Caller, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${E2E_BASE_URL}${path}`, {
    ...init,
    redirect: "manual",
    headers: { ...(init.headers as Record<string, string>), cookie: caller.cookie, "x-forwarded-for": caller.address },
  });
}

interface ActionAnswer {
  httpStatus: number;
  redirect: string | null;
  state: string | null;
}

interface Manifest {
  node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
}

function serverActions(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const actions = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.exportedName || !entry.filename) continue;
    // A page whose bundle holds the action, as a URL (its dynamic segments filled in).
    const worker = Object.keys(entry.workers).find((page) => page.startsWith("app/[locale]")) ?? "app/[locale]/page";
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace("[locale]", "en")
      .replace("[slug]", E2E_STAFF_OWN)
      .replace(/\[(id|key)\]/g, "00000000-0000-4000-8000-000000000000");
    actions.set(`${entry.filename.replace(/^features\//, "").replace(/\.ts$/, "")}#${entry.exportedName}`, { id, page: page || "/en" });
  }
  return actions;
}

async function callAction(caller: Caller, action: { id: string; page: string }, fields: Record<string, string>, withState: boolean): Promise<ActionAnswer> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  const initialState = { status: "idle", formError: null, fieldErrors: {}, values: {}, base: fields.base ?? "", setup: null };
  const body = await encodeReply(withState ? [initialState, formData] : [formData]);
  const response = await request(caller, action.page, {
    method: "POST",
    headers: { "Next-Action": action.id, Accept: "text/x-component", Origin: E2E_BASE_URL, ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}) },
    body,
  });
  const text = await response.text();
  return {
    httpStatus: response.status,
    redirect: response.headers.get("x-action-redirect"),
    state: /"status":"(\w+)"/.exec(text)?.[1] ?? null,
  };
}

// ---------------------------------------------------------------------------
// What the cases work on

const db = () => getDatabase();
const SYSTEM = { id: null, name: "Authorization test", role: "system" };

async function organizationId(slug: string): Promise<string> {
  return (await db().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

async function documentOf(id: string): Promise<ListingDocument> {
  const document = await readListingDocument(db(), id);
  if (!document) throw new Error("No listing");
  return document;
}

async function baseOf(id: string): Promise<ListingBase> {
  const [organization, open] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id }, select: { version: true } }),
    db().changeRequest.findUnique({ where: { openFor: id }, select: { id: true, revision: true } }),
  ]);
  return { version: organization.version, changeRequestId: open?.id ?? null, revision: open?.revision ?? null };
}

async function draftOf(id: string): Promise<ListingDocument> {
  const open = await db().changeRequest.findUnique({ where: { openFor: id }, select: { proposed: true } });
  return open ? (JSON.parse(open.proposed) as ListingDocument) : documentOf(id);
}

async function discardOpenChange(id: string): Promise<void> {
  await db().changeRequest.updateMany({ where: { openFor: id }, data: { status: "discarded", openFor: null } });
}

const unusedListings = [...E2E_AUTHZ_LISTINGS];

/** A listing of its own (made by the test server), for a call whose success cannot happen twice on one listing. */
async function freshListing(): Promise<string> {
  const slug = unusedListings.shift();
  if (!slug) throw new Error("Out of listings for the authorization test (E2E_AUTHZ_LISTINGS)");
  return organizationId(slug);
}

/** A change request waiting for review on a new listing: a description change, nothing high-risk. */
async function pendingChange(): Promise<string> {
  const id = await freshListing();
  const document = await documentOf(id);
  const saved = await saveChangeDraft(id, await baseOf(id), { ...document, description: `${document.description} Updated.` }, SYSTEM);
  if (saved.status !== "saved") throw new Error("Could not save a draft");
  await submitChangeRequest(id, saved.base, null, SYSTEM);
  return saved.changeRequestId;
}

async function changeStatus(changeRequestId: string): Promise<string> {
  return (await db().changeRequest.findUniqueOrThrow({ where: { id: changeRequestId }, select: { status: true } })).status;
}

async function throwawayUser(): Promise<string> {
  const id = randomUUID();
  await db().user.create({ data: { id, name: "Throwaway", email: `throwaway-${id}@e2e.test`, role: "editor" } });
  return id;
}

const marker = () => `marker-${randomUUID().slice(0, 8)}`;

// ---------------------------------------------------------------------------
// The cases

interface ActionCase {
  /** "<feature>/actions#<exported name>", as the build names it. */
  action: string;
  /** Roles whose call must succeed; every other role's must not. "everyone" for public endpoints. */
  allowed: Role[] | "everyone";
  /** For a public endpoint: whether every call has a checkable effect (otherwise it must only answer, without refusing). */
  publicEffect?: boolean;
  withState: boolean;
  /** Prepares a target for one call, and says afterwards whether the call had its effect (in the database, or for effect-free calls in the answer). */
  prepare: (role: Role) => Promise<{ fields: Record<string, string>; succeeded: (answer: ActionAnswer) => Promise<boolean> }>;
}

function ownOrganizationFields(document: ListingDocument, description: string): Record<string, string> {
  return {
    name: document.name,
    description,
    sourceLocale: document.sourceLocale,
    status: document.status,
    ...(document.website ? { website: document.website } : {}),
    ...Object.fromEntries(document.phones.flatMap((phone, index) => [[`phones[${index}][id]`, phone.id ?? ""], [`phones[${index}][number]`, phone.number]])),
    ...Object.fromEntries(SAFETY_STATEMENT_KINDS.map((kind) => [`safety[${kind}]`, document.safetyStatements.find((statement) => statement.kind === kind)?.answer ?? "unknown"])),
  };
}

const CASES: ActionCase[] = [
  // Public endpoints: anyone may call them; they answer with a form state, never a refusal.
  {
    action: "accounts/actions#signIn",
    allowed: "everyone",
    publicEffect: true,
    withState: true,
    prepare: async () => {
      const before = await db().session.count({ where: { user: { email: E2E_STAFF.legalReviewer.email } } });
      return {
        fields: { locale: "en", email: E2E_STAFF.legalReviewer.email, password: E2E_STAFF_PASSWORD },
        succeeded: async () => (await db().session.count({ where: { user: { email: E2E_STAFF.legalReviewer.email } } })) > before,
      };
    },
  },
  {
    action: "accounts/actions#verifySignInCode",
    allowed: "everyone",
    withState: true,
    // Without a pending sign-in there is nothing to verify: everyone gets the same answer, and no session.
    prepare: async () => {
      const before = await db().session.count();
      return { fields: { locale: "en", code: "123456" }, succeeded: async () => (await db().session.count()) === before };
    },
  },
  {
    action: "accounts/actions#requestPasswordReset",
    allowed: "everyone",
    withState: true,
    prepare: async () => ({ fields: { email: `nobody-${marker()}@e2e.test` }, succeeded: async () => true }),
  },
  {
    action: "accounts/actions#resetPassword",
    allowed: "everyone",
    withState: true,
    prepare: async () => ({ fields: { locale: "en", token: `not-a-token-${marker()}`, password: "a new password here", confirmPassword: "a new password here" }, succeeded: async () => true }),
  },
  {
    action: "accounts/actions#acceptInvitation",
    allowed: "everyone",
    publicEffect: true,
    withState: true,
    prepare: async () => {
      const email = `invited-${marker()}@e2e.test`;
      const { token } = await createInvitation({ email, role: "editor", organizationId: await organizationId(E2E_STAFF_OWN), locale: "en" }, SYSTEM);
      return {
        fields: { locale: "en", token, name: "Invited Person", password: "invited person password", confirmPassword: "invited person password" },
        succeeded: async () => (await db().user.count({ where: { email } })) === 1,
      };
    },
  },
  {
    action: "accounts/actions#acceptInvitationSignedIn",
    allowed: "everyone",
    publicEffect: true,
    withState: true,
    prepare: async () => {
      const { token, id } = await createInvitation({ email: E2E_STAFF.legalReviewer.email, role: "legal_reviewer", locale: "en" }, SYSTEM);
      return {
        fields: { locale: "en", token, password: E2E_STAFF_PASSWORD },
        succeeded: async () => (await db().invitation.findUniqueOrThrow({ where: { id } })).acceptedAt !== null,
      };
    },
  },
  {
    action: "moderation/actions#submitProblemReport",
    allowed: "everyone",
    publicEffect: true,
    withState: true,
    prepare: async () => {
      const details = `Authorization test report ${marker()}`;
      return { fields: { organizationSlug: E2E_STAFF_OWN, category: "other", details, contact: "" }, succeeded: async () => (await db().problemReport.count({ where: { details } })) === 1 };
    },
  },
  {
    action: "moderation/actions#submitClaim",
    allowed: "everyone",
    publicEffect: true,
    withState: true,
    prepare: async () => {
      const email = `claim-${marker()}@e2e.test`;
      return { fields: { organizationSlug: E2E_STAFF_OWN, name: "Claimant", jobTitle: "Director", email, message: "" }, succeeded: async () => (await db().organizationClaim.count({ where: { email } })) === 1 };
    },
  },

  // Any signed-in account.
  {
    action: "accounts/actions#setUpTwoFactor",
    allowed: SIGNED_IN,
    withState: true,
    // A wrong password: only for someone signed in does the action go as far as checking it (a field error, not "signed out").
    prepare: async () => ({ fields: { step: "start", password: "not the password" }, succeeded: async (answer) => answer.state === "invalid" }),
  },

  // Moderators and admins.
  {
    action: "accounts/actions#inviteStaff",
    allowed: MODERATORS,
    withState: true,
    prepare: async () => {
      const email = `invitee-${marker()}@e2e.test`;
      return {
        fields: { email, role: "editor", organizationId: await organizationId(E2E_STAFF_OWN), locale: "en" },
        succeeded: async () => (await db().invitation.count({ where: { email } })) === 1,
      };
    },
  },
  {
    action: "accounts/actions#revokeStaffInvitation",
    allowed: MODERATORS,
    withState: false,
    prepare: async () => {
      const { id } = await createInvitation({ email: `revoked-${marker()}@e2e.test`, role: "editor", organizationId: await organizationId(E2E_STAFF_OWN), locale: "en" }, SYSTEM);
      return { fields: { locale: "en", invitationId: id }, succeeded: async () => (await db().invitation.findUniqueOrThrow({ where: { id } })).revokedAt !== null };
    },
  },
  {
    action: "accounts/actions#removeEditor",
    allowed: MODERATORS,
    withState: false,
    prepare: async () => {
      const userId = await throwawayUser();
      const organization = await organizationId(E2E_STAFF_OWN);
      await db().organizationMembership.create({ data: { userId, organizationId: organization } });
      return { fields: { locale: "en", userId, organizationId: organization }, succeeded: async () => (await db().organizationMembership.count({ where: { userId } })) === 0 };
    },
  },
  {
    action: "accounts/actions#setStaffAccountActive",
    allowed: ["admin"],
    withState: false,
    prepare: async () => {
      const userId = await throwawayUser();
      return { fields: { locale: "en", userId, active: "false" }, succeeded: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).banned === true };
    },
  },
  {
    action: "official-lines/actions#saveOfficialLine",
    allowed: ["admin"],
    withState: true,
    prepare: async () => {
      const source = `https://locator.ice.gov/odls/?checked=${marker()}`;
      return {
        fields: { locale: "en", slug: "ice-detainee-locator", phone: "", website: "https://locator.ice.gov/odls/", email: "", sources: source },
        succeeded: async () => (await db().officialLineSource.count({ where: { url: source } })) === 1,
      };
    },
  },
  {
    action: "moderation/actions#reverify",
    allowed: MODERATORS,
    withState: false,
    prepare: async () => {
      const id = await freshListing();
      const old = new Date("2025-01-01T00:00:00Z");
      await db().organization.update({ where: { id }, data: { verifiedAt: old } });
      return { fields: { locale: "en", organizationId: id }, succeeded: async () => ((await db().organization.findUniqueOrThrow({ where: { id } })).verifiedAt?.getTime() ?? 0) > old.getTime() };
    },
  },
  {
    action: "moderation/actions#approveChange",
    allowed: MODERATORS,
    withState: false,
    prepare: async () => {
      const changeRequestId = await pendingChange();
      return { fields: { locale: "en", changeRequestId }, succeeded: async () => (await changeStatus(changeRequestId)) === "approved" };
    },
  },
  {
    action: "moderation/actions#decideChange",
    allowed: MODERATORS,
    withState: true,
    prepare: async () => {
      const changeRequestId = await pendingChange();
      return { fields: { locale: "en", changeRequestId, decision: "reject", reason: "Please check the description." }, succeeded: async () => (await changeStatus(changeRequestId)) === "rejected" };
    },
  },
  {
    action: "moderation/actions#approveClaim",
    allowed: MODERATORS,
    withState: false,
    prepare: async () => {
      const claimId = await newClaim();
      return { fields: { locale: "en", claimId }, succeeded: async () => (await db().organizationClaim.findUniqueOrThrow({ where: { id: claimId } })).status === "approved" };
    },
  },
  {
    action: "moderation/actions#rejectClaim",
    allowed: MODERATORS,
    withState: true,
    prepare: async () => {
      const claimId = await newClaim();
      return { fields: { locale: "en", claimId, reason: "We could not confirm this with the organization." }, succeeded: async () => (await db().organizationClaim.findUniqueOrThrow({ where: { id: claimId } })).status === "rejected" };
    },
  },
  {
    action: "moderation/actions#dismissReport",
    allowed: MODERATORS,
    withState: true,
    prepare: async () => {
      const reportId = await newReport();
      return { fields: { locale: "en", reportId, reason: "The listing is right." }, succeeded: async () => (await db().problemReport.findUniqueOrThrow({ where: { id: reportId } })).status === "dismissed" };
    },
  },

  // Legal reviewers.
  {
    action: "moderation/actions#reviewGuide",
    allowed: ["legalReviewer"],
    withState: true,
    prepare: async () => {
      const reviewedBy = `Attorney ${marker()}`;
      return {
        fields: { locale: "en", slug: "e2e-guide", reviewedBy, reviewedAt: "2026-11-01" },
        succeeded: async () => (await db().kyrMaterial.findUniqueOrThrow({ where: { slug: "e2e-guide" } })).legalReviewedBy === reviewedBy,
      };
    },
  },

  // The listing's editors, and moderators.
  {
    action: "listings/actions#saveOrganizationSection",
    allowed: EDITORS_OF_THIS,
    withState: true,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      const description = `A description ${marker()}`;
      return {
        fields: { locale: "en", slug: E2E_STAFF_OWN, section: "organization", intent: "save", base: encodeBase(await baseOf(id)), ...ownOrganizationFields(await draftOf(id), description) },
        succeeded: async () => (await draftOf(id)).description === description,
      };
    },
  },
  {
    action: "listings/actions#saveLocationSection",
    allowed: EDITORS_OF_THIS,
    withState: true,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      const draft = await draftOf(id);
      const location = draft.locations[0];
      if (!location) throw new Error("No office");
      const accessibility = `Step-free ${marker()}`;
      return {
        fields: {
          locale: "en",
          slug: E2E_STAFF_OWN,
          section: "location",
          intent: "save",
          base: encodeBase(await baseOf(id)),
          key: location.key,
          address1: location.address.address1,
          city: location.address.city,
          region: location.address.region,
          postalCode: location.address.postalCode,
          latitude: String(location.latitude),
          longitude: String(location.longitude),
          accessibility,
          "hours[timezone]": location.timezone,
          ...Object.fromEntries(location.phones.flatMap((phone, index) => [[`phones[${index}][id]`, phone.id ?? ""], [`phones[${index}][number]`, phone.number]])),
        },
        succeeded: async () => (await draftOf(id)).locations[0]?.accessibility === accessibility,
      };
    },
  },
  {
    action: "listings/actions#saveServiceSection",
    allowed: EDITORS_OF_THIS,
    withState: true,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      const service = (await draftOf(id)).services[0];
      if (!service) throw new Error("No service");
      const description = `What we do ${marker()}`;
      return {
        fields: {
          locale: "en",
          slug: E2E_STAFF_OWN,
          section: "service",
          intent: "save",
          base: encodeBase(await baseOf(id)),
          key: service.id ?? service.slug,
          name: service.name,
          description,
          kind: service.kind,
          status: service.status,
          "hours[timezone]": "America/Chicago",
          ...Object.fromEntries(service.locationKeys.map((key, index) => [`locationKeys[${index}]`, key])),
        },
        succeeded: async () => (await draftOf(id)).services[0]?.description === description,
      };
    },
  },
  {
    action: "listings/actions#saveTranslations",
    allowed: EDITORS_OF_THIS,
    withState: true,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      const value = `Nombre ${marker()}`;
      return {
        fields: { locale: "en", slug: E2E_STAFF_OWN, section: "translations", language: "es", base: encodeBase(await baseOf(id)), "t[0][record]": "organization", "t[0][field]": "name", "t[0][value]": value, "t[0][source]": "community" },
        succeeded: async () => (await draftOf(id)).translations.some((translation) => translation.value === value),
      };
    },
  },
  {
    action: "listings/actions#sendForReview",
    allowed: EDITORS_OF_THIS,
    withState: false,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      await discardOpenChange(id);
      const document = await documentOf(id);
      const saved = await saveChangeDraft(id, await baseOf(id), { ...document, description: `Draft ${marker()}` }, SYSTEM);
      if (saved.status !== "saved") throw new Error("No draft");
      return { fields: { locale: "en", slug: E2E_STAFF_OWN, base: encodeBase(saved.base) }, succeeded: async () => (await changeStatus(saved.changeRequestId)) === "pending" };
    },
  },
  {
    action: "listings/actions#discardChanges",
    allowed: EDITORS_OF_THIS,
    withState: false,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      await discardOpenChange(id);
      const document = await documentOf(id);
      const saved = await saveChangeDraft(id, await baseOf(id), { ...document, description: `Draft ${marker()}` }, SYSTEM);
      if (saved.status !== "saved") throw new Error("No draft");
      return { fields: { locale: "en", slug: E2E_STAFF_OWN, base: encodeBase(saved.base) }, succeeded: async () => (await changeStatus(saved.changeRequestId)) === "discarded" };
    },
  },
  {
    action: "listings/actions#confirmListingUnchanged",
    allowed: EDITORS_OF_THIS,
    withState: false,
    prepare: async () => {
      const id = await organizationId(E2E_STAFF_OWN);
      await discardOpenChange(id);
      return {
        fields: { locale: "en", slug: E2E_STAFF_OWN, base: encodeBase(await baseOf(id)) },
        succeeded: async () => (await db().changeRequest.findUnique({ where: { openFor: id }, select: { status: true } }))?.status === "pending",
      };
    },
  },

  // Last: signing out ends the session the other cases used.
  {
    action: "accounts/actions#signOut",
    allowed: "everyone",
    withState: false,
    prepare: async () => ({ fields: { locale: "en" }, succeeded: async () => true }),
  },
];

// ---------------------------------------------------------------------------
// Pages

const OWN = `/en/portal/organizations/${E2E_STAFF_OWN}`;
type PageRule = { path: () => Promise<string>; allowed: Role[] };

async function newClaim(): Promise<string> {
  const claimId = await createClaim({ organizationSlug: E2E_STAFF_OWN, name: "Claimant", jobTitle: "Director", email: `claim-${marker()}@e2e.test`, message: undefined }, "en");
  if (!claimId) throw new Error("No claim");
  return claimId;
}

async function newReport(): Promise<string> {
  const reportId = await createProblemReport({ organizationSlug: E2E_STAFF_OWN, category: "other", details: `A report ${marker()}`, contact: undefined }, "en");
  if (!reportId) throw new Error("No report");
  return reportId;
}

const PAGES: PageRule[] = [
  { path: async () => "/en/portal", allowed: SIGNED_IN.filter((role) => role !== "moderatorWithoutTwoFactor") },
  { path: async () => "/en/portal/security", allowed: SIGNED_IN },
  { path: async () => OWN, allowed: EDITORS_OF_THIS },
  { path: async () => `${OWN}/edit/organization`, allowed: EDITORS_OF_THIS },
  { path: async () => `${OWN}/edit/location/${(await documentOf(await organizationId(E2E_STAFF_OWN))).locations[0]?.id}`, allowed: EDITORS_OF_THIS },
  { path: async () => `${OWN}/edit/location/new`, allowed: EDITORS_OF_THIS },
  { path: async () => `${OWN}/edit/service/${(await documentOf(await organizationId(E2E_STAFF_OWN))).services[0]?.id}`, allowed: EDITORS_OF_THIS },
  { path: async () => `${OWN}/edit/translations?language=es`, allowed: EDITORS_OF_THIS },
  { path: async () => "/en/admin", allowed: MODERATORS },
  { path: async () => `/en/admin/changes/${await pendingChange()}`, allowed: MODERATORS },
  { path: async () => `/en/admin/claims/${await newClaim()}`, allowed: MODERATORS },
  { path: async () => `/en/admin/reports/${await newReport()}`, allowed: MODERATORS },
  { path: async () => "/en/admin/organizations", allowed: MODERATORS },
  { path: async () => `/en/admin/organizations/${E2E_STAFF_OWN}`, allowed: MODERATORS },
  { path: async () => `/en/admin/organizations/${E2E_STAFF_OWN}/history`, allowed: MODERATORS },
  { path: async () => "/en/admin/stale", allowed: MODERATORS },
  { path: async () => "/en/admin/rights", allowed: [...MODERATORS, "legalReviewer"] },
  { path: async () => "/en/admin/staff", allowed: ["admin"] },
  { path: async () => "/en/admin/outbox", allowed: ["admin"] },
  { path: async () => "/en/admin/official-lines", allowed: ["admin"] },
];

/** Each role signed in once, in its own browser with its own address (one after another: a cold server compiles its routes on first use). */
async function callers(browser: Browser): Promise<Record<Role, Caller>> {
  const entries: [Role, Caller][] = [];
  for (const role of ROLES) {
    const context = await browser.newContext();
    const address = await ownClientAddress(context);
    if (role !== "anonymous") await signInAs(await context.newPage(), ACCOUNT_OF[role]);
    const cookie = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    await context.close();
    entries.push([role, { cookie, address }]);
  }
  return Object.fromEntries(entries) as Record<Role, Caller>;
}

test("every portal and admin page and every server action answers only the roles allowed to use it", async ({ browser }) => {
  test.setTimeout(480_000);
  const as = await callers(browser);
  let cases = 0;

  // Pages.
  for (const rule of PAGES) {
    const path = await rule.path();
    for (const role of ROLES) {
      const response = await request(as[role], path);
      const location = response.headers.get("location") ?? "";
      const where = `${role} GET ${path}`;
      if (rule.allowed.includes(role)) expect(response.status, where).toBe(200);
      else if (role === "anonymous") {
        expect(response.status, where).toBe(307);
        expect(location, where).toContain("/en/portal/sign-in?next=");
      } else if (role === "moderatorWithoutTwoFactor") {
        // Sent to set up two-factor sign-in before anything else.
        expect(response.status, where).toBe(307);
        expect(location, where).toBe("/en/portal/security");
      } else expect(response.status, where).toBe(404);
      cases++;
    }
  }

  // Server actions: every one the build holds has a case.
  const actions = serverActions();
  expect([...actions.keys()].sort()).toEqual(CASES.map((entry) => entry.action).sort());
  for (const entry of CASES) {
    const action = actions.get(entry.action);
    if (!action) throw new Error(`No action ${entry.action} in the build`);
    for (const role of ROLES) {
      const { fields, succeeded } = await entry.prepare(role);
      const answer = await callAction(as[role], action, fields, entry.withState);
      const effect = await succeeded(answer);
      const where = `${role} → ${entry.action} (HTTP ${answer.httpStatus}, state ${answer.state}, redirect ${answer.redirect})`;
      expect(answer.httpStatus, where).toBeLessThan(500);
      const allowed = entry.allowed === "everyone" || entry.allowed.includes(role);
      if (entry.allowed === "everyone") {
        expect(answer.state === "denied" || answer.state === "signedOut", where).toBe(false);
        if (entry.publicEffect) expect(effect, where).toBe(true);
      } else {
        expect(effect, where).toBe(allowed);
        if (!allowed) expect(answer.state === "denied" || answer.state === "signedOut" || /result=denied|\/portal\/(sign-in|security)/.test(answer.redirect ?? ""), where).toBe(true);
      }
      cases++;
    }
  }
  console.log(`Authorization: ${cases} cases (${PAGES.length} pages and ${CASES.length} server actions × ${ROLES.length} roles), each allowed or refused as expected.`);
});
