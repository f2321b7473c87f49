import { env } from "@/lib/env";
import { CORS_HEADERS, jsonResponse, preflightResponse } from "@/lib/open-data/http";
import { buildOpenApiDocument } from "@/lib/open-data/openapi";

// The API's description, generated from the handlers' zod schemas. Same for every request of
// one build (no data in it), so it is built once per process and answered with validators.
let document: { text: unknown; builtAt: Date } | null = null;

export function GET(request: Request): Response {
  document ??= { text: buildOpenApiDocument({ siteUrl: env.SITE_URL, publisher: env.OPERATOR_NAME, contactEmail: env.OPERATOR_EMAIL }), builtAt: new Date() };
  return jsonResponse(request, { body: document.text, lastModified: document.builtAt }, { ...CORS_HEADERS });
}

export const OPTIONS = preflightResponse;
