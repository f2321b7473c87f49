import "server-only";
import { CORS_HEADERS, jsonResponse, preflightResponse, problem, type JsonAnswer } from "./http";
import { apiErrorTexts, parameterProblem } from "./parameter-problem";
import { InvalidParameter, parseLanguage, rawParams } from "./params";
import { countApiRequest } from "./rate-limit";
import { parseDownloadFile } from "./bulk-files";
import { downloadAnswer } from "./bulk";
import { dcatAnswer } from "./catalogue";
import { getResource, listResource, type Resource } from "./resources";

// The frame of every /api/v1 data endpoint: count the request against the client's limit, answer
// from the cached reads with validators, and turn every failure into a problem document (never a
// 500 page). Messages are read only on the error paths.

type Answer = (request: Request, url: URL) => Promise<JsonAnswer | null>;

function logFailure(error: unknown) {
  const name = error instanceof Error ? error.name : typeof error;
  console.error(`[open-data] request failed: ${name}`);
}

export function openDataHandler(answer: Answer, notFoundSlug: (url: URL) => string = () => "") {
  return async function GET(request: Request): Promise<Response> {
    const url = new URL(request.url);
    try {
      const quota = await countApiRequest(request);
      if (quota.limited) {
        const t = await apiErrorTexts();
        return problem(429, t("rateLimited", { limit: quota.limit, seconds: quota.retryAfterSeconds }), { code: "RATE_LIMITED" }, {
          "Retry-After": String(quota.retryAfterSeconds),
          "RateLimit-Limit": String(quota.limit),
          "RateLimit-Remaining": "0",
        });
      }
      const result = await answer(request, url);
      if (!result) return problem(404, (await apiErrorTexts())("notFound", { slug: notFoundSlug(url) }), { code: "NOT_FOUND" });
      return jsonResponse(request, result, { "RateLimit-Limit": String(quota.limit), "RateLimit-Remaining": String(quota.remaining) });
    } catch (error) {
      if (error instanceof InvalidParameter) return parameterProblem(error.problem, { ...CORS_HEADERS, "Cache-Control": "no-store" });
      logFailure(error);
      return problem(503, (await apiErrorTexts())("unavailable"), { code: "UNAVAILABLE" });
    }
  };
}

/** GET and OPTIONS of a list endpoint. */
export function listRoute(resource: Resource) {
  return { GET: openDataHandler((_request, url) => listResource(resource, url, rawParams(url))), OPTIONS: preflightResponse };
}

type SlugContext = { params: Promise<{ slug: string }> };

/** GET and OPTIONS of a one-entry endpoint (…/<slug>). */
export function entryRoute(resource: Resource) {
  return {
    GET: (request: Request, context: SlugContext) =>
      openDataHandler(
        // `lang` is read before the lookup: a wrong value is a 400 whether or not the entry exists.
        async (_request, url) => {
          const lang = parseLanguage(rawParams(url));
          return getResource(resource, (await context.params).slug, lang);
        },
        (url) => decodeURIComponent(url.pathname.split("/").pop() ?? ""),
      )(request),
    OPTIONS: preflightResponse,
  };
}

/** GET of /daten/<file>: the bulk files and the DCAT-AP.de catalogue, under the same limit and validators. */
export function downloadRoute() {
  return {
    GET: (request: Request, context: { params: Promise<{ file: string }> }) =>
      openDataHandler(
        async () => {
          const { file } = await context.params;
          if (file === "dcat.ttl") return dcatAnswer();
          const download = parseDownloadFile(file);
          return download ? downloadAnswer(download.name, download.format) : null;
        },
        (url) => decodeURIComponent(url.pathname.split("/").pop() ?? ""),
      )(request),
    OPTIONS: preflightResponse,
  };
}
