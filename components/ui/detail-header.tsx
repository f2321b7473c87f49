import { Breadcrumbs } from "./breadcrumbs";

type Props = {
  /** the list the entry belongs to (the breadcrumb) */
  list: { href: string; label: string };
  /** the line above the title (funding body, kind and organisation, seat) */
  kicker: React.ReactNode;
  title: string;
  summary: string;
  /** what goes between title and summary (status, job title) */
  children?: React.ReactNode;
  /** "de" when title or summary is the German original on a French or English page */
  titleLang?: "de";
  summaryLang?: "de";
  /** under the summary: that the entry (or part of it) is not translated, in the reader's language */
  note?: string;
};

/** The top of a public detail page: breadcrumb, kicker, title and summary. */
export function DetailHeader({ list, kicker, title, summary, children, titleLang, summaryLang, note }: Props) {
  return (
    <>
      <Breadcrumbs items={[list]} />
      <p className="text-lg text-muted">{kicker}</p>
      <h1 className="page-title mt-1" lang={titleLang}>
        {title}
      </h1>
      {children}
      <p className="mt-4 max-w-3xl text-xl" lang={summaryLang}>
        {summary}
      </p>
      {note && (
        <p className="mt-3 max-w-3xl border-l-4 border-line pl-3 text-sm" data-translation-note>
          {note}
        </p>
      )}
    </>
  );
}
