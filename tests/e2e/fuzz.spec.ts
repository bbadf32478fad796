import Database from "better-sqlite3";
import fc from "fast-check";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { problemReportSchema } from "@/features/moderation/schema";
import { E2E_BASE_URL, E2E_DATABASE_FILE, E2E_ORGANIZATION } from "./e2e-data";

/**
 * More than 5,000 generated requests (malformed, oversized, unicode-heavy and
 * injection-style paths, query strings, headers and form bodies) against
 * pages, the report form's server action and the API. None may answer 5xx,
 * reflect markup unescaped, or change published data.
 */
const SEED = 20261130;
const CONCURRENCY = 6;
const base = new URL(E2E_BASE_URL);

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "'; DROP TABLE \"Organization\"; --",
  "../../../../etc/passwd",
  "\u0000\u0007\u001b[2J",
  "\u202Eevil",
  "%",
  "%ZZ",
  "😀".repeat(50),
  "NaN",
  "-1e309",
  "{{7*7}}${7*7}",
  "__proto__",
  "60601".repeat(1000),
];
/** Markup that must never come back unescaped. */
const REFLECTION_MARKERS = ["<script>alert(1)", "<img src=x onerror"];

const LOCALES = ["en", "es", "ar", "xx", "EN", "en-US", "zz-ZZ", ""];
const PAGE_TYPES = ["", "/directory", "/hotlines", "/rights", "/rights/agents-at-your-home", "/rights/agents-at-your-home/print", "/rights/card", "/safety", "/privacy", "/about", "/offline", `/organizations/${E2E_ORGANIZATION}`, "/organizations/x"];
const PARAMETERS = ["near", "lat", "lng", "radius", "service", "lang", "cost", "detained", "remote", "walkin", "q", "page", "also", "locale"];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double().map(String),
  fc.string({ minLength: 1_000, maxLength: 4_000 }),
);
/** Path segments: hostile text percent-encoded, and raw encodings no encoder would produce. */
const segment = fc.oneof(
  fc.constantFrom(...HOSTILE).map(encodeURIComponent),
  fc.constantFrom("..", ".", "%2e%2e", "%00", "%ZZ", "%E0%A4%A", "%", "%FF%FE"),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMETERS), fc.string({ maxLength: 10 })), text), { minLength: 1, maxLength: 8 })
  .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&"));
const pagePath = fc.tuple(fc.constantFrom(...LOCALES), fc.constantFrom(...PAGE_TYPES)).map(([locale, pageType]) => `/${locale}${pageType}`);
/** Header values the HTTP parser accepts (no CR, LF or NUL), hostile or not. */
const headerValue = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 200 }), fc.string({ minLength: 2_000, maxLength: 6_000 })).map((value) => value.replace(/[\r\n\u0000]/g, "").replace(/[^\t\x20-\x7e\x80-\xff]/g, "?"));

interface FuzzRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(request: FuzzRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: base.hostname, port: base.port, method: request.method, path: request.path, headers: request.headers, agent, insecureHTTPParser: false, maxHeaderSize: 256 * 1024 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

async function sendAll(requests: FuzzRequest[]): Promise<{ request: FuzzRequest; status: number; body: string }[]> {
  const results: { request: FuzzRequest; status: number; body: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++] as FuzzRequest;
        results.push({ request, ...(await send(request)) });
      }
    }),
  );
  return results;
}

/** The report form's own hidden fields (the server action's id and state), as a no-JavaScript browser posts them. */
async function reportFormHiddenFields(): Promise<{ fields: [string, string][]; actionId: string }> {
  const html = (await send({ method: "GET", path: `/en/organizations/${E2E_ORGANIZATION}` })).body;
  const form = html.match(/<form[^>]*data-testid="problem-report-form"[\s\S]*?<\/form>/)?.[0] ?? "";
  const decode = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  const fields = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    (match): [string, string] => [decode(match[1] ?? ""), decode(match[2] ?? "")],
  );
  const actionId = (JSON.parse(fields.find(([name]) => name.endsWith(":0"))?.[1] ?? "{}") as { id?: string }).id ?? "";
  return { fields, actionId };
}

function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----kyrfuzz${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Counts and last changes of everything readers see; unauthenticated requests must leave it as it was. */
function publishedDataSnapshot(): Record<string, unknown> {
  const database = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const snapshot: Record<string, unknown> = {};
    for (const table of ["Organization", "Location", "Service", "Phone", "Schedule", "ServiceArea", "Translation", "SearchEntry", "KyrMaterial", "KyrMaterialTranslation", "KyrSource", "ChangeRecord", "DataVersion"]) {
      snapshot[table] = database.prepare(`SELECT COUNT(*) AS count FROM "${table}"`).get();
    }
    snapshot.lastOrganizationChange = database.prepare('SELECT MAX("updatedAt") AS at FROM "Organization"').get();
    snapshot.dataVersion = database.prepare('SELECT "version" FROM "DataVersion"').all();
    return snapshot;
  } finally {
    database.close();
  }
}

function problemReports(): { id: string; category: string; details: string; contact: string | null }[] {
  const database = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return database.prepare('SELECT id, category, details, contact FROM "ProblemReport"').all() as { id: string; category: string; details: string; contact: string | null }[];
  } finally {
    database.close();
  }
}

test("a server action call that cannot be decoded is a bad request (400), not a server error", async () => {
  const { actionId } = await reportFormHiddenFields();
  const call = (body: string, id = actionId) =>
    send({ method: "POST", path: `/en/organizations/${E2E_ORGANIZATION}`, headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: E2E_BASE_URL }, body });
  // Not a Flight payload; a reference to a part that is not there; arguments no form sends.
  expect((await call("not a payload {")).status).toBe(400);
  expect((await call('["$K1"]')).status).toBe(400);
  expect((await call(JSON.stringify([{ status: "idle" }, "not form data"]))).status).toBe(400);
  expect((await call(JSON.stringify([]))).status).toBe(400);
  // An id no action has: Next.js's own answers (400 when malformed, 409 when it could be another deployment's).
  expect((await call("[]", "zz")).status).toBe(400);
  expect((await call("[]", "7f".repeat(21))).status).toBe(409);
});

test("more than 5,000 hostile requests: no server error, no unescaped reflection, no change to published data", async () => {
  test.setTimeout(600_000);
  const dataBefore = publishedDataSnapshot();
  const reportsBefore = new Set(problemReports().map((report) => report.id));
  const { fields: hiddenFields, actionId } = await reportFormHiddenFields();
  expect(actionId).toMatch(/^[0-9a-f]{20,}$/);
  const sample = <T,>(arbitrary: fc.Arbitrary<T>, count: number, offset: number) => fc.sample(arbitrary, { numRuns: count, seed: SEED + offset });

  const requests: FuzzRequest[] = [
    // Query strings on every page type.
    ...sample(fc.tuple(pagePath, queryString), 1_600, 1).map(([path, query]) => ({ method: "GET", path: `${path}?${query}` })),
    // Paths built from hostile segments.
    ...sample(fc.array(segment, { minLength: 1, maxLength: 6 }), 800, 2).map((segments) => ({ method: "GET", path: `/${segments.join("/")}` })),
    // Raw paths no encoder would produce.
    ...["/%", "/%E0%A4%A", "/en/%FF%FE", "/en/directory?near=%", "/en/organizations/%00", "/en/rights/%2e%2e%2f%2e%2e", `/${"a".repeat(8_000)}`, "//en//directory", "/en/directory#x", "/api/offline?locale=%FF"].map((path) => ({ method: "GET", path })),
    // Hostile headers on pages.
    ...sample(fc.tuple(pagePath, headerValue, headerValue, headerValue), 900, 3).map(([path, language, cookie, other]) => ({
      method: "GET",
      path,
      headers: { "Accept-Language": language, Cookie: `NEXT_LOCALE=${encodeURIComponent(cookie)}; ${other.slice(0, 500)}`, "X-Forwarded-For": other.slice(0, 200), Referer: language.slice(0, 300), "If-None-Match": cookie.slice(0, 300) },
    })),
    // Other methods on pages and the API.
    ...sample(fc.tuple(fc.constantFrom("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "POST"), fc.constantFrom("/en", "/en/directory", "/api/health", "/api/offline?locale=en", "/api/clear-site-data", "/en/rights"), text), 400, 4).map(
      ([method, path, body]) => ({ method, path, headers: { "Content-Type": "application/json" }, body }),
    ),
    // The API's parameters.
    ...sample(text, 300, 5).map((value) => ({ method: "GET", path: `/api/offline?locale=${encodeURIComponent(value)}` })),
    // The report form as a browser without JavaScript posts it, with hostile values.
    ...sample(fc.tuple(fc.constantFrom("multipart", "urlencoded"), text, text, text, text, text), 900, 6).map(([encoding, slug, category, details, contact, website]) => {
      const fields: [string, string][] = [...hiddenFields.filter(([name]) => name !== "organizationSlug"), ["organizationSlug", slug.length % 3 === 0 ? E2E_ORGANIZATION : slug], ["category", category], ["details", details], ["contact", contact], ["website", website.length % 4 === 0 ? website : ""]];
      if (encoding === "urlencoded") {
        return { method: "POST", path: `/en/organizations/${E2E_ORGANIZATION}`, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: E2E_BASE_URL }, body: new URLSearchParams(fields).toString() };
      }
      const { body, contentType } = multipart(fields);
      return { method: "POST", path: `/en/organizations/${E2E_ORGANIZATION}`, headers: { "Content-Type": contentType, Origin: E2E_BASE_URL }, body };
    }),
    // The server action called as the page's script calls it, with hostile arguments and forged action ids.
    ...sample(fc.tuple(fc.boolean(), fc.jsonValue({ maxDepth: 3 }), text), 300, 7).map(([knownId, argument, forgedId]) => ({
      method: "POST",
      path: `/es/organizations/${E2E_ORGANIZATION}`,
      headers: { "Next-Action": knownId ? actionId : forgedId.replace(/[^\x21-\x7e]/g, "x").slice(0, 200) || "x", "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: E2E_BASE_URL },
      body: JSON.stringify([argument]),
    })),
    // Oversized bodies.
    ...[64_000, 1_100_000, 3_000_000].map((size) => ({ method: "POST", path: `/en/organizations/${E2E_ORGANIZATION}`, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: E2E_BASE_URL }, body: new URLSearchParams([...hiddenFields, ["details", "x".repeat(size)]]).toString() })),
  ];
  expect(requests.length).toBeGreaterThanOrEqual(5_000);

  const results = await sendAll(requests);
  const describe = (request: FuzzRequest) => `${request.method} ${request.path.slice(0, 160)}`;
  const serverErrors = results.filter((result) => result.status >= 500).map((result) => `${result.status} ${describe(result.request)}`);
  expect(serverErrors).toEqual([]);
  const reflections = results.filter((result) => REFLECTION_MARKERS.some((marker) => result.body.includes(marker))).map((result) => describe(result.request));
  expect(reflections).toEqual([]);

  expect(publishedDataSnapshot()).toEqual(dataBefore);
  // Public reports are the one thing anyone may write; whatever got through is a valid, whole report.
  for (const report of problemReports().filter((row) => !reportsBefore.has(row.id))) {
    expect(problemReportSchema.safeParse({ organizationSlug: E2E_ORGANIZATION, ...report, contact: report.contact ?? undefined }).success, report.id).toBe(true);
  }
});
