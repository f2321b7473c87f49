import { Breadcrumbs } from "./breadcrumbs";

type Props = {
  /** the list the entry belongs to (the breadcrumb) */
  list: { href: string; label: string };
  /** the line above the title (funding body, kind and organisation, seat) */
  kicker: string;
  title: string;
  summary: string;
  /** what goes between title and summary (status, job title) */
  children?: React.ReactNode;
};

/** The top of a public detail page: breadcrumb, kicker, title and summary. */
export function DetailHeader({ list, kicker, title, summary, children }: Props) {
  return (
    <>
      <Breadcrumbs items={[list]} />
      <p className="text-lg text-muted">{kicker}</p>
      <h1 className="mt-1 text-3xl font-bold md:text-4xl">{title}</h1>
      {children}
      <p className="mt-4 max-w-3xl text-xl">{summary}</p>
    </>
  );
}
