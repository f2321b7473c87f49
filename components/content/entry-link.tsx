import { LocalLink } from "@/components/ui/local-link";
import { germanOnly, localizedText, type LinkTitle } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";

// Links to other entries inside a page (a programme's successors, a Themenfeld's lists, the start
// page …) name them as their own pages do (issue 20): the reader's translation where there is one,
// else the German original marked lang="de"; names that exist only in German are marked too.

/** A link to a programme, event, news item or initiative, titled in the reader's language. */
export async function EntryLink({ href, entry, className }: { href: string; entry: LinkTitle; className?: string }) {
  const title = localizedText(entry, "title", await pageLocale());
  return (
    <LocalLink href={href} className={className} lang={title.lang}>
      {title.text}
    </LocalLink>
  );
}

/**
 * A link to an entry known by a German name (a provider, an advisory desk, a Themenfeld, an
 * organisation). `personal`: a person's name, which belongs to no language and is not marked.
 */
export async function NameLink({ href, name, personal = false, className }: { href: string; name: string; personal?: boolean; className?: string }) {
  const lang = personal ? undefined : germanOnly(await pageLocale());
  return (
    <LocalLink href={href} className={className} lang={lang}>
      {name}
    </LocalLink>
  );
}
