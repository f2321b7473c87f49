import { listRoute } from "@/lib/open-data/route";

// Open data API (docs/architecture.md, "Open data API"; OpenAPI: /api/v1/openapi.json).
const route = listRoute("initiatives");
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
