// Error answers of the open API as RFC 9457 problem documents. `code` and `field` are extension
// members that integrators can branch on; `detail` is the German message for people.

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  413: "Content Too Large",
  503: "Service Unavailable",
};

export type ProblemExtensions = { code: string; field?: string };

export function problemResponse(status: number, detail: string, extensions: ProblemExtensions, headers: Record<string, string> = {}): Response {
  const problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...extensions };
  return new Response(JSON.stringify(problem), {
    status,
    headers: { ...headers, "Content-Type": "application/problem+json; charset=utf-8", "Content-Language": "de" },
  });
}
