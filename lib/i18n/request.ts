import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE } from "./config";
import { loadMessages } from "./messages";
import { TIME_ZONE } from "@/lib/dates";

// German is the only complete catalogue so far; French and English for the Luxembourg border
// region add messages/<locale>/ and a locale choice here, without touching components.
// The locale is not read from the request so that pages stay statically renderable.
export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  timeZone: TIME_ZONE,
  messages: await loadMessages(DEFAULT_LOCALE),
}));
