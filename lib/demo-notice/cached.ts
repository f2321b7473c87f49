import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { holdsDemoContent } from "./queries";

// The seed runs as its own process and cannot expire the app's cache, so the answer is kept only
// five minutes: a database seeded (or cleaned) while the app runs shows it soon after. React's
// cache makes it one read per request however many components ask.
export const getDemoContentFlag = cache(unstable_cache(holdsDemoContent, ["demo-content"], { revalidate: 300 }));
