import os from "node:os";
import path from "node:path";

/** Constants shared by the Playwright config, the test server and the specs (no server modules here). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE_FILE = path.join(os.tmpdir(), "kyr-e2e", "e2e.sqlite");

export const E2E_ORGANIZATION = "e2e-loop-legal-aid";
export const E2E_SPANISH_ONLY = "e2e-centro-legal";
export const E2E_STATEWIDE = "e2e-illinois-statewide-line";
export const E2E_NATIONAL_HOTLINE_NUMBER = "+12025550180";
export const E2E_ILLINOIS_HOTLINE_NUMBER = "+13125550199";

/** The ZIP codes every big-city search must serve, each with three offices nearby in the fixtures. */
export const E2E_CITY_OFFICES: Record<string, [string, string, string]> = {
  "60601": ["60601", "60608", "60640"],
  "10001": ["10001", "10032", "11372"],
  "90012": ["90012", "90033", "90057"],
  "77002": ["77002", "77081", "77011"],
  "33130": ["33130", "33137", "33125"],
  "85003": ["85003", "85033", "85009"],
  "98104": ["98104", "98108", "98118"],
  "80202": ["80202", "80219", "80204"],
  "30303": ["30303", "30340", "30318"],
  "78205": ["78205", "78207", "78228"],
};

/** Offices near 60601 offering TPS help, enough for two pages of results. */
export const E2E_TPS_OFFICES = 23;

/** Listings the staff tests work on, in Portland, where no other test searches. */
export const E2E_STAFF_OWN = "e2e-staff-own";
export const E2E_STAFF_OTHER = "e2e-staff-other";
/** A listing with two editors, for what happens when both save at once. */
export const E2E_STAFF_SHARED = "e2e-staff-shared";
/** Listings the authorization test approves, rejects and re-verifies changes on: one per call. */
export const E2E_AUTHZ_LISTINGS = Array.from({ length: 30 }, (_, index) => `e2e-authz-${index}`);
export const E2E_JOURNEY = {
  invitation: { slug: "e2e-journey-invitation", zip: "97201", service: "notario-fraud" },
  claim: { slug: "e2e-journey-claim", zip: "97202", service: "family-preparedness" },
  report: { slug: "e2e-journey-report", zip: "97203", service: "kyr-trainings" },
} as const;

/** Where the test server keeps the emails it "sends" (no SMTP server configured), and the staff accounts it made. */
export const E2E_OUTBOX_DIR = path.join(os.tmpdir(), "kyr-e2e", "outbox");
export const E2E_ACCOUNTS_FILE = path.join(os.tmpdir(), "kyr-e2e", "accounts.json");
export const E2E_STAFF_PASSWORD = "a long test password for staff";

/** The staff accounts the test server makes: one per role the authorization tests try. */
export const E2E_STAFF = {
  admin: { email: "admin@e2e.test", name: "Ada Admin", role: "admin", twoFactor: true, organizations: [] },
  moderator: { email: "moderator@e2e.test", name: "Mo Moderator", role: "moderator", twoFactor: true, organizations: [] },
  secondModerator: { email: "moderator2@e2e.test", name: "Sam Second", role: "moderator", twoFactor: true, organizations: [] },
  moderatorWithoutTwoFactor: { email: "moderator-no-2fa@e2e.test", name: "Nora No-Code", role: "moderator", twoFactor: false, organizations: [] },
  legalReviewer: { email: "reviewer@e2e.test", name: "Lee Reviewer", role: "legal_reviewer", twoFactor: false, organizations: [] },
  editor: { email: "editor@e2e.test", name: "Eddie Editor", role: "editor", twoFactor: false, organizations: [E2E_STAFF_OWN] },
  otherEditor: { email: "other-editor@e2e.test", name: "Olga Other", role: "editor", twoFactor: false, organizations: [E2E_STAFF_OTHER] },
  sharedEditorA: { email: "shared-a@e2e.test", name: "Ana Shared", role: "editor", twoFactor: false, organizations: [E2E_STAFF_SHARED] },
  sharedEditorB: { email: "shared-b@e2e.test", name: "Bo Shared", role: "editor", twoFactor: false, organizations: [E2E_STAFF_SHARED] },
} as const;
export type E2EStaffKey = keyof typeof E2E_STAFF;
