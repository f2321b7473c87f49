import { Link } from "@/components/navigation/link";
import { buttonClass } from "@/components/ui/button";

type Props = {
  title: string;
  intro: string;
  create: { href: string; label: string };
  /** the GET filter form */
  filters: React.ReactNode;
  /** none for a type without an export file */
  exportLinks?: { label: string; csv: { href: string; label: string }; json: { href: string; label: string } };
  /** "123 Einträge", announced when the list changes */
  count: string;
  /** table and pagination */
  children: React.ReactNode;
};

/** The frame of an editor list (programmes, advisors, providers): heading, create, filters, export, count. */
export function EntryListPage({ title, intro, create, filters, exportLinks, count, children }: Props) {
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{title}</h1>
          <p className="mt-2">{intro}</p>
        </div>
        <Link href={create.href} className={buttonClass("primary")}>
          {create.label}
        </Link>
      </div>
      {filters}
      {exportLinks && (
        <p className="mt-4">
          {exportLinks.label} <a href={exportLinks.csv.href}>{exportLinks.csv.label}</a>
          {" | "}
          <a href={exportLinks.json.href}>{exportLinks.json.label}</a>
        </p>
      )}
      <p className="mt-4 font-semibold" role="status">
        {count}
      </p>
      {children}
    </div>
  );
}
