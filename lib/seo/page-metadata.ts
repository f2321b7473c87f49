import type { Metadata } from "next";
import { localHref } from "@/lib/i18n/href";
import { openGraph } from "./open-graph";

interface PageFields {
  title: string;
  description: string;
  /** The page's German path; the canonical address and og:url are in the reader's language. */
  path: string;
  type?: "website" | "article";
  /** The page's feeds and calendar files, as <link rel="alternate" type="…"> in <head>. */
  feeds?: NonNullable<Metadata["alternates"]>["types"];
}

/**
 * A public page's metadata: title, description, its canonical address, and the same three as its
 * Open Graph card. Without a card of its own a page showed the layout's in a messenger's preview:
 * the site's name and description instead of, say, "Veranstaltungen".
 */
export async function pageMetadata({ title, description, path, type, feeds }: PageFields): Promise<Metadata> {
  const url = await localHref(path);
  return {
    title,
    description,
    alternates: { canonical: url, ...(feeds && { types: feeds }) },
    openGraph: await openGraph({ title, description, url, ...(type && { type }) }),
  };
}

/** The site's title template ("%s – Digitale Region Trier"): the root layout's, and what formPageTitle fills. */
export const titleTemplate = (siteName: string) => `%s – ${siteName}`;
