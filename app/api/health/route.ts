import { checkDatabase } from "@/lib/health/check-database";

// Every request must reach the database; a cached answer would hide an outage.
export const dynamic = "force-dynamic";

export async function GET() {
  const databaseOk = await checkDatabase();
  const body = {
    status: databaseOk ? "ok" : "degraded",
    app: "ok",
    database: databaseOk ? "ok" : "error",
    time: new Date().toISOString(),
  };
  return Response.json(body, {
    status: databaseOk ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
