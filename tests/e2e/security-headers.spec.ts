import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { freePort, waitForStatus } from "@/scripts/bench/site-server";
import { spawnSiteServer } from "@/scripts/start";
import { E2E_BASE_URL, E2E_DATABASE_FILE, E2E_ORGANIZATION } from "./e2e-data";

/**
 * The security headers are on every response the production server gives
 * (server.ts, docs/decisions/019-honest-responses.md):
 * pages, API routes, built and public files, redirects, 400s, 404s and the
 * 503 outage page, and even the answer to a request Node's HTTP parser
 * refuses. Written out here, not read from lib/security-headers.ts, so that
 * a header dropped there fails this test.
 */
const ALWAYS = {
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};
const HSTS = "max-age=63072000; includeSubDomains";
/** A public origin on HTTPS, as SITE_URL is set in production. */
const PUBLIC_SITE_URL = "https://directory.example.org";

type Headers = Record<string, string>;

function missingSecurityHeaders(headers: Headers, hsts: boolean): string[] {
  const missing = Object.entries(ALWAYS)
    .filter(([name, value]) => headers[name] !== value)
    .map(([name]) => name);
  const permissions = headers["permissions-policy"] ?? "";
  if (!permissions.includes("geolocation=(self)") || !permissions.includes("camera=()") || !permissions.includes("microphone=()")) missing.push("permissions-policy");
  if (hsts ? headers["strict-transport-security"] !== HSTS : headers["strict-transport-security"] !== undefined) missing.push(hsts ? "strict-transport-security" : "no strict-transport-security");
  return missing;
}

interface Answer {
  status: number;
  headers: Headers;
}

/** One raw request, redirects not followed. */
async function answerOf(baseUrl: string, requestPath: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${baseUrl}${requestPath}`, { redirect: "manual", ...init });
  await response.arrayBuffer();
  return { status: response.status, headers: Object.fromEntries(response.headers.entries()) };
}

/** What the server answers to a request line its HTTP parser refuses, before any handler runs. */
function answerToMalformedRequest(port: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write("GET /en HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n"));
    let raw = "";
    socket.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [statusLine = "", ...lines] = raw.split("\r\n\r\n")[0]?.split("\r\n") ?? [];
      const headers: Headers = {};
      for (const line of lines) headers[line.slice(0, line.indexOf(":")).toLowerCase()] = line.slice(line.indexOf(":") + 1).trim();
      resolve({ status: Number(statusLine.split(" ")[1] ?? 0), headers });
    });
  });
}

/** A request of every kind, with the status it must get: what these tests check the headers of. */
async function everyKindOfResponse(baseUrl: string, port: number): Promise<Record<string, Answer & { expected: number }>> {
  const home = await (await fetch(`${baseUrl}/en`)).text();
  const script = home.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const stylesheet = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  const organization = await (await fetch(`${baseUrl}/en/organizations/${E2E_ORGANIZATION}`)).text();
  // The report form's server action (React writes its id into the form's hidden fields).
  const actionId = organization.match(/&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/)?.[1];
  expect(script, "a built script on the home page").toBeDefined();
  expect(stylesheet, "a built stylesheet on the home page").toBeDefined();
  expect(actionId, "the report form's action id").toBeDefined();
  const kinds: [string, number, string, RequestInit?][] = [
    ["page", 200, "/en"],
    ["page with a search", 200, "/es/directory?near=60601"],
    ["organization page", 200, `/en/organizations/${E2E_ORGANIZATION}`],
    ["redirect to the visitor's language (proxy.ts)", 307, "/"],
    ["redirect of a miswritten language prefix", 307, "/EN/hotlines"],
    ["API route", 200, "/api/health"],
    ["API route with JSON", 200, "/api/offline?locale=en"],
    ["quick exit's API call", 204, "/api/clear-site-data", { method: "POST", headers: { "Sec-Fetch-Site": "same-origin", Origin: "null" } }],
    ["refused API call", 403, "/api/clear-site-data", { method: "POST", headers: { "Sec-Fetch-Site": "cross-site", Origin: "https://elsewhere.example" } }],
    ["built script", 200, script ?? ""],
    ["built stylesheet", 200, stylesheet ?? ""],
    ["public file", 200, "/robots.txt"],
    ["public image", 200, "/icons/icon-192.png"],
    ["service worker", 200, "/sw.js"],
    ["generated icon", 200, "/icon.svg"],
    ["web app manifest", 200, "/manifest.webmanifest"],
    ["page not found under a language prefix", 404, "/en/organizations/no-such-organization"],
    ["file not found outside a language prefix", 404, "/no-such-file.txt"],
    ["built file not found", 404, "/_next/static/chunks/no-such-file.js"],
    ["API route not found", 404, "/api/no-such-route"],
    ["undecodable link (400 page)", 400, "/en/directory%ZZ"],
    ["undecodable server action call", 400, `/en/organizations/${E2E_ORGANIZATION}`, { method: "POST", headers: { "Next-Action": actionId ?? "", "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, body: "not a flight payload" }],
  ];
  const answers: Record<string, Answer & { expected: number }> = {};
  for (const [kind, expected, requestPath, init] of kinds) answers[kind] = { expected, ...(await answerOf(baseUrl, requestPath, init)) };
  answers["request the HTTP parser refuses"] = { expected: 400, ...(await answerToMalformedRequest(port)) };
  return answers;
}

function failuresOf(answers: Record<string, Answer & { expected: number }>, hsts: boolean): string[] {
  return Object.entries(answers).flatMap(([kind, answer]) => {
    const problems = [...(answer.status === answer.expected ? [] : [`status ${answer.status}, expected ${answer.expected}`]), ...missingSecurityHeaders(answer.headers, hsts).map((header) => `missing ${header}`)];
    return problems.length > 0 ? [`${kind}: ${problems.join(", ")}`] : [];
  });
}

test("on localhost every kind of response has the security headers, and no HSTS", async () => {
  const port = Number(new URL(E2E_BASE_URL).port);
  expect(failuresOf(await everyKindOfResponse(E2E_BASE_URL, port), false)).toEqual([]);
});

test.describe("a deployment whose SITE_URL is HTTPS", () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-headers-"));
  const databaseFile = path.join(directory, "copy.sqlite");
  let server: ChildProcess | undefined;
  let port = 0;
  let baseUrl = "";

  test.beforeAll(async () => {
    const source = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
    try {
      source.exec(`VACUUM INTO '${databaseFile.replaceAll("'", "''")}'`);
    } finally {
      source.close();
    }
    port = await freePort();
    baseUrl = `http://localhost:${port}`;
    // Plain HTTP here, as behind the TLS-terminating proxy of a real deployment.
    server = spawnSiteServer({ PORT: String(port), DATABASE_URL: `file:${databaseFile}`, SITE_URL: PUBLIC_SITE_URL, WEB_CONCURRENCY: "1" }, "ignore");
    await waitForStatus(`${baseUrl}/api/health`, 200);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test("every kind of response has the security headers and HSTS, the outage page too", async () => {
    test.setTimeout(120_000);
    expect(failuresOf(await everyKindOfResponse(baseUrl, port), true)).toEqual([]);

    // The database becomes unreadable: the outage page and the failing health check.
    const size = fs.statSync(databaseFile).size;
    const handle = fs.openSync(databaseFile, "r+");
    fs.writeSync(handle, Buffer.alloc(size), 0, size, 0);
    fs.closeSync(handle);
    await waitForStatus(`${baseUrl}/api/health`, 503, 30_000);
    const outage: Record<string, Answer & { expected: number }> = {
      "health check during an outage": { expected: 503, ...(await answerOf(baseUrl, "/api/health")) },
      "outage page under a language prefix": { expected: 503, ...(await answerOf(baseUrl, "/ar/hotlines")) },
      "redirect during an outage": { expected: 307, ...(await answerOf(baseUrl, "/")) },
    };
    expect(failuresOf(outage, true)).toEqual([]);
  });
});
