import { checkDatabaseNow } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 when the app and its database answer, 503 otherwise. Says nothing more. */
export async function GET(): Promise<Response> {
  const available = await checkDatabaseNow();
  return Response.json(
    { status: available ? "ok" : "unavailable", database: available ? "ok" : "unavailable" },
    { status: available ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
