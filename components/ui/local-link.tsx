import { Link } from "@/components/navigation/link";
import type { ComponentProps } from "react";
import { localHrefs } from "@/lib/i18n/href";

/**
 * A link to a German path from a server component, pointing to the same page in the reader's
 * language (/fr/…, /en/…; files and German-only areas keep their one address, localizedPath).
 */
export async function LocalLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { href: string }) {
  const local = await localHrefs();
  return <Link href={local(href)} {...props} />;
}
