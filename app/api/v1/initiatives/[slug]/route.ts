import { entryRoute } from "@/lib/open-data/route";

const route = entryRoute("initiatives");
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
