import { z } from "zod";
import { invalidateTags } from "@/lib/cache/invalidate";
import { isInternalRequest } from "@/lib/jobs/internal-token";
import { JOB_PAYLOADS } from "@/lib/jobs/queues";

// The worker's way to expire cached pages (it runs outside Next, where revalidateTag does not
// work): the `cache.invalidate` job POSTs the tags here. Anything unauthorised gets the same 404 as
// an unknown URL, so the route is not discoverable; nginx must not pass /api/intern/ from outside.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  if (!isInternalRequest(request.headers.get("authorization"))) return notFound();
  const body: unknown = await request.json().catch(() => null);
  const parsed = JOB_PAYLOADS["cache.invalidate"].safeParse(body);
  if (!parsed.success) return Response.json({ error: z.flattenError(parsed.error).formErrors[0] ?? "invalid" }, { status: 400 });
  invalidateTags(parsed.data.tags);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
