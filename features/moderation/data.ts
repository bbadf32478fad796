import "server-only";
import { readListingDocument } from "@/features/listings/data";
import { decodeListingDocument, hasHighRiskChanges, listingDifferences, type FieldDifference } from "@/features/listings/document";
import { STALE_AFTER_DAYS, type ListingDocument, type ListingStatus, type VerifierRole } from "@/features/listings/schema";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { ChangeStatus, ListingBase } from "./change-requests";
import type { ProblemReportCategory } from "./form-state";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface OrganizationSummary {
  id: string;
  slug: string;
  name: string;
  version: number;
  status: ListingStatus;
  isPublished: boolean;
  isSample: boolean;
  verifiedAt: Date | null;
  verifiedByRole: VerifierRole | null;
}

const ORGANIZATION_SUMMARY = {
  id: true,
  slug: true,
  name: true,
  version: true,
  status: true,
  isPublished: true,
  isSample: true,
  verifiedAt: true,
  verifiedByRole: true,
} as const;

export interface OpenChangeRequest {
  id: string;
  status: ChangeStatus;
  revision: number;
  baseVersion: number;
  proposed: ListingDocument;
  editorNote: string | null;
  moderatorNote: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  authorName: string | null;
  firstApprovedById: string | null;
  firstApprovedByName: string | null;
  problemReportId: string | null;
}

/** What an editing page needs: the published listing, the open change request if any, and the base a form is opened at. */
export interface EditingState {
  organization: OrganizationSummary;
  published: ListingDocument;
  open: OpenChangeRequest | null;
  /** The listing as the editors are working on it: the open request's proposal, or the published listing. */
  draft: ListingDocument;
  base: ListingBase;
}

export async function getEditingState(slug: string): Promise<EditingState | null> {
  const db = getDatabase();
  const organization = await queryDatabase(() => db.organization.findUnique({ where: { slug }, select: ORGANIZATION_SUMMARY }));
  if (!organization) return null;
  const [published, open] = await Promise.all([
    queryDatabase(() => readListingDocument(db, organization.id)),
    queryDatabase(() => db.changeRequest.findUnique({ where: { openFor: organization.id } })),
  ]);
  if (!published) return null;
  const names = await staffNames([open?.authorId, open?.firstApprovedById]);
  const openRequest: OpenChangeRequest | null = open
    ? {
        id: open.id,
        status: open.status,
        revision: open.revision,
        baseVersion: open.baseVersion,
        proposed: decodeListingDocument(open.proposed),
        editorNote: open.editorNote,
        moderatorNote: open.moderatorNote,
        submittedAt: open.submittedAt,
        updatedAt: open.updatedAt,
        authorName: open.authorId ? (names.get(open.authorId) ?? null) : null,
        firstApprovedById: open.firstApprovedById,
        firstApprovedByName: open.firstApprovedById ? (names.get(open.firstApprovedById) ?? null) : null,
        problemReportId: open.problemReportId,
      }
    : null;
  return {
    organization,
    published,
    open: openRequest,
    draft: openRequest?.proposed ?? published,
    base: { version: organization.version, changeRequestId: open?.id ?? null, revision: open?.revision ?? null },
  };
}

async function staffNames(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string"))];
  if (wanted.length === 0) return new Map();
  const users = await queryDatabase(() => getDatabase().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }));
  return new Map(users.map((user) => [user.id, user.name]));
}

// ---------------------------------------------------------------------------
// The queue

export interface ChangeQueueItem {
  id: string;
  organization: { slug: string; name: string; isSample: boolean };
  status: "pending" | "awaiting_second";
  submittedAt: Date | null;
  authorName: string | null;
  firstApprovedById: string | null;
  changedFields: number;
  highRisk: boolean;
  stale: boolean;
}

export interface ClaimQueueItem {
  id: string;
  organization: { slug: string; name: string };
  name: string | null;
  jobTitle: string | null;
  email: string | null;
  createdAt: Date;
}

export interface ReportQueueItem {
  id: string;
  organization: { slug: string; name: string };
  category: ProblemReportCategory;
  details: string;
  status: "open" | "in_review";
  createdAt: Date;
  changeRequestId: string | null;
}

export interface ModerationQueue {
  changes: ChangeQueueItem[];
  claims: ClaimQueueItem[];
  reports: ReportQueueItem[];
}

/** Everything waiting for a moderator, oldest first. */
export async function loadModerationQueue(limit = 100): Promise<ModerationQueue> {
  const db = getDatabase();
  const [requests, claims, reports] = await Promise.all([
    queryDatabase(() =>
      db.changeRequest.findMany({
        where: { status: { in: ["pending", "awaiting_second"] } },
        orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
        take: limit,
        include: { organization: { select: { slug: true, name: true, isSample: true, version: true } } },
      }),
    ),
    queryDatabase(() =>
      db.organizationClaim.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, take: limit, include: { organization: { select: { slug: true, name: true } } } }),
    ),
    queryDatabase(() =>
      db.problemReport.findMany({ where: { status: { in: ["open", "in_review"] } }, orderBy: { createdAt: "asc" }, take: limit, include: { organization: { select: { slug: true, name: true } } } }),
    ),
  ]);
  const names = await staffNames(requests.map((request) => request.authorId));
  const changes = await Promise.all(
    requests.map(async (request): Promise<ChangeQueueItem> => {
      const published = await queryDatabase(() => readListingDocument(db, request.organizationId));
      const differences = published ? listingDifferences(published, decodeListingDocument(request.proposed)) : [];
      return {
        id: request.id,
        organization: { slug: request.organization.slug, name: request.organization.name, isSample: request.organization.isSample },
        status: request.status as "pending" | "awaiting_second",
        submittedAt: request.submittedAt,
        authorName: request.authorId ? (names.get(request.authorId) ?? null) : null,
        firstApprovedById: request.firstApprovedById,
        changedFields: differences.length,
        highRisk: differences.some((difference) => difference.highRisk),
        stale: request.organization.version !== request.baseVersion,
      };
    }),
  );
  return {
    changes,
    claims: claims.map((claim) => ({ id: claim.id, organization: claim.organization, name: claim.name, jobTitle: claim.jobTitle, email: claim.email, createdAt: claim.createdAt })),
    reports: reports.map((report) => ({
      id: report.id,
      organization: report.organization,
      category: report.category,
      details: report.details,
      status: report.status as "open" | "in_review",
      createdAt: report.createdAt,
      changeRequestId: report.changeRequestId,
    })),
  };
}

export interface ChangeReview {
  id: string;
  status: ChangeStatus;
  organization: OrganizationSummary;
  published: ListingDocument;
  proposed: ListingDocument;
  differences: FieldDifference[];
  highRisk: boolean;
  stale: boolean;
  authorName: string | null;
  editorNote: string | null;
  moderatorNote: string | null;
  submittedAt: Date | null;
  firstApprovedById: string | null;
  firstApprovedByName: string | null;
  firstApprovedAt: Date | null;
  problemReportId: string | null;
}

/** A change request with its field-level differences from the published listing. */
export async function getChangeReview(changeRequestId: string): Promise<ChangeReview | null> {
  const db = getDatabase();
  const request = await queryDatabase(() => db.changeRequest.findUnique({ where: { id: changeRequestId }, include: { organization: { select: ORGANIZATION_SUMMARY } } }));
  if (!request) return null;
  const published = await queryDatabase(() => readListingDocument(db, request.organizationId));
  if (!published) return null;
  const proposed = decodeListingDocument(request.proposed);
  const differences = listingDifferences(published, proposed);
  const names = await staffNames([request.authorId, request.firstApprovedById]);
  return {
    id: request.id,
    status: request.status,
    organization: request.organization,
    published,
    proposed,
    differences,
    highRisk: hasHighRiskChanges(published, proposed),
    stale: request.organization.version !== request.baseVersion,
    authorName: request.authorId ? (names.get(request.authorId) ?? null) : null,
    editorNote: request.editorNote,
    moderatorNote: request.moderatorNote,
    submittedAt: request.submittedAt,
    firstApprovedById: request.firstApprovedById,
    firstApprovedByName: request.firstApprovedById ? (names.get(request.firstApprovedById) ?? null) : null,
    firstApprovedAt: request.firstApprovedAt,
    problemReportId: request.problemReportId,
  };
}

export interface ClaimReview {
  id: string;
  status: "pending" | "approved" | "rejected";
  organization: { id: string; slug: string; name: string; website: string | null; email: string | null };
  name: string | null;
  jobTitle: string | null;
  email: string | null;
  message: string | null;
  locale: string;
  createdAt: Date;
  decisionReason: string | null;
  /** Whether the work email's domain is the organization's website's or email's: a hint, not proof. */
  emailDomainMatches: boolean;
}

function domainOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const host = value.includes("@") ? (value.split("@")[1] ?? "") : new URL(value).hostname;
    return host.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export async function getClaimReview(claimId: string): Promise<ClaimReview | null> {
  const claim = await queryDatabase(() =>
    getDatabase().organizationClaim.findUnique({ where: { id: claimId }, include: { organization: { select: { id: true, slug: true, name: true, website: true, email: true } } } }),
  );
  if (!claim) return null;
  const claimDomain = domainOf(claim.email);
  return {
    id: claim.id,
    status: claim.status,
    organization: claim.organization,
    name: claim.name,
    jobTitle: claim.jobTitle,
    email: claim.email,
    message: claim.message,
    locale: claim.locale,
    createdAt: claim.createdAt,
    decisionReason: claim.decisionReason,
    emailDomainMatches: claimDomain !== null && [domainOf(claim.organization.website), domainOf(claim.organization.email)].includes(claimDomain),
  };
}

export interface ReportReview {
  id: string;
  status: "open" | "in_review" | "resolved" | "dismissed";
  organization: { id: string; slug: string; name: string };
  category: ProblemReportCategory;
  details: string;
  contact: string | null;
  locale: string;
  createdAt: Date;
  moderatorNote: string | null;
  changeRequestId: string | null;
}

export async function getReportReview(reportId: string): Promise<ReportReview | null> {
  const report = await queryDatabase(() =>
    getDatabase().problemReport.findUnique({ where: { id: reportId }, include: { organization: { select: { id: true, slug: true, name: true } } } }),
  );
  if (!report) return null;
  return {
    id: report.id,
    status: report.status,
    organization: report.organization,
    category: report.category,
    details: report.details,
    contact: report.contact,
    locale: report.locale,
    createdAt: report.createdAt,
    moderatorNote: report.moderatorNote,
    changeRequestId: report.changeRequestId,
  };
}

// ---------------------------------------------------------------------------
// History, listings, stale listings

export interface AuditEntryView {
  id: string;
  action: string;
  actor: string;
  actorRole: string | null;
  createdAt: Date;
  /** For published changes: what changed, field by field. */
  differences: FieldDifference[];
  /** For other entries: their note (a reason), if any. */
  note: string | null;
}

/** An organization's audit log, newest first. */
export async function listAuditLog(organizationId: string, limit = 100): Promise<AuditEntryView[]> {
  const records = await queryDatabase(() =>
    getDatabase().changeRecord.findMany({ where: { organizationId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: limit }),
  );
  return records.map((record) => {
    const before = record.before ? (JSON.parse(record.before) as unknown) : null;
    const after = record.after ? (JSON.parse(record.after) as unknown) : null;
    const isListing = record.action === "published" || record.action === "published_low_risk";
    let differences: FieldDifference[] = [];
    if (isListing && before && after) {
      try {
        differences = listingDifferences(decodeListingDocument(JSON.stringify(before)), decodeListingDocument(JSON.stringify(after)));
      } catch {
        differences = [];
      }
    }
    const noted = after && typeof after === "object" ? ((after as { reason?: unknown; note?: unknown }).reason ?? (after as { note?: unknown }).note) : null;
    return {
      id: record.id,
      action: record.action,
      actor: record.actor,
      actorRole: record.actorRole,
      createdAt: record.createdAt,
      differences,
      note: typeof noted === "string" ? noted : null,
    };
  });
}

export interface OrganizationListItem extends OrganizationSummary {
  openChangeStatus: ChangeStatus | null;
  editors: number;
}

/** Organizations for the admin area, by name or slug, a page at a time. */
export async function searchOrganizations(query: string, page: number, pageSize = 50): Promise<{ items: OrganizationListItem[]; total: number }> {
  const text = query.trim();
  const where = text ? { OR: [{ name: { contains: text } }, { slug: { contains: text.toLowerCase().replace(/\s+/g, "-") } }] } : {};
  const db = getDatabase();
  const [organizations, total] = await Promise.all([
    queryDatabase(() =>
      db.organization.findMany({
        where,
        orderBy: { name: "asc" },
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: { ...ORGANIZATION_SUMMARY, changeRequests: { where: { openFor: { not: null } }, select: { status: true } }, _count: { select: { memberships: true } } },
      }),
    ),
    queryDatabase(() => db.organization.count({ where })),
  ]);
  return {
    items: organizations.map(({ changeRequests, _count, ...organization }) => ({ ...organization, openChangeStatus: changeRequests[0]?.status ?? null, editors: _count.memberships })),
    total,
  };
}

export interface StaleListing extends OrganizationSummary {
  daysSinceVerified: number | null;
  editors: number;
  staleReminderSentAt: Date | null;
}

/** Published listings unverified for over 180 days (or never verified), the oldest first. */
export async function listStaleListings(now = new Date(), limit = 500): Promise<StaleListing[]> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  const organizations = await queryDatabase(() =>
    getDatabase().organization.findMany({
      where: { isPublished: true, OR: [{ verifiedAt: null }, { verifiedAt: { lt: cutoff } }] },
      orderBy: [{ verifiedAt: "asc" }, { name: "asc" }],
      take: limit,
      select: { ...ORGANIZATION_SUMMARY, staleReminderSentAt: true, _count: { select: { memberships: true } } },
    }),
  );
  return organizations.map(({ _count, ...organization }) => ({
    ...organization,
    editors: _count.memberships,
    daysSinceVerified: organization.verifiedAt ? Math.floor((now.getTime() - organization.verifiedAt.getTime()) / DAY_MS) : null,
  }));
}

/** The organizations an editor works on, with where their changes stand. */
export async function listEditableOrganizations(organizationIds: readonly string[]): Promise<OrganizationListItem[]> {
  if (organizationIds.length === 0) return [];
  const organizations = await queryDatabase(() =>
    getDatabase().organization.findMany({
      where: { id: { in: [...organizationIds] } },
      orderBy: { name: "asc" },
      select: { ...ORGANIZATION_SUMMARY, changeRequests: { where: { openFor: { not: null } }, select: { status: true } }, _count: { select: { memberships: true } } },
    }),
  );
  return organizations.map(({ changeRequests, _count, ...organization }) => ({ ...organization, openChangeStatus: changeRequests[0]?.status ?? null, editors: _count.memberships }));
}

export async function organizationBySlug(slug: string): Promise<{ id: string; name: string } | null> {
  return queryDatabase(() => getDatabase().organization.findUnique({ where: { slug }, select: { id: true, name: true } }));
}

/** Listings due a reminder: stale, with editors, and not reminded in the last 30 days. */
export async function listListingsToRemind(now = new Date()): Promise<{ id: string; slug: string; name: string; daysSinceVerified: number | null; editors: { email: string; locale: string }[] }[]> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  const remindedBefore = new Date(now.getTime() - 30 * DAY_MS);
  const organizations = await queryDatabase(() =>
    getDatabase().organization.findMany({
      where: {
        isPublished: true,
        OR: [{ verifiedAt: null }, { verifiedAt: { lt: cutoff } }],
        AND: [{ OR: [{ staleReminderSentAt: null }, { staleReminderSentAt: { lt: remindedBefore } }] }],
        memberships: { some: { user: { banned: { not: true } } } },
      },
      select: {
        id: true,
        slug: true,
        name: true,
        verifiedAt: true,
        memberships: { where: { user: { banned: { not: true } } }, select: { user: { select: { email: true, locale: true } } } },
      },
    }),
  );
  return organizations.map((organization) => ({
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    daysSinceVerified: organization.verifiedAt ? Math.floor((now.getTime() - organization.verifiedAt.getTime()) / DAY_MS) : null,
    editors: organization.memberships.map((membership) => membership.user),
  }));
}

export async function organizationNamesOf(organizationId: string): Promise<{ name: string; slug: string } | null> {
  return queryDatabase(() => getDatabase().organization.findUnique({ where: { id: organizationId }, select: { name: true, slug: true } }));
}
