import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { DEFAULT_LOCALE, PAGE_LOCALE_HEADER, isLocale, type Locale } from "./config";
import { localizedPath } from "./routing";

// Server actions cannot read root params (Next throws there: an action is not bound to one route).
// But a form's action posts to the address of the page it was sent from, with JavaScript (fetch to
// the current URL) and without (a form post to the same URL), and that address is what the page's
// re-render after the action takes its locale from, field messages included. So the locale comes
// from the address: proxy.ts writes it into PAGE_LOCALE_HEADER, overwriting whatever a client sent.
// A hidden field would be the client's word and could disagree with the re-rendered page.

/** The locale of the page a server action was posted from (German if the header is missing). */
export async function actionLocale(): Promise<Locale> {
  const value = (await headers()).get(PAGE_LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** redirect() to a German path's address in the locale of the page that posted the action. */
export async function redirectLocalized(path: string): Promise<never> {
  redirect(localizedPath(await actionLocale(), path));
}

/**
 * A message with a point in time ("{time}", a rate limit's end) by its full catalogue key, in the
 * posting page's language. Forms translate plain keys themselves when the page re-renders; texts
 * with arguments are formatted here (components/forms/form-texts-server.ts leaves them out).
 */
export async function actionTimeText(key: string, time: Date): Promise<string> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale });
  return t(key, { time: formatDateTime(time, locale) });
}
