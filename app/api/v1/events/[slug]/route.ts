import { entryRoute } from "@/lib/open-data/route";

const route = entryRoute("events");
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
