import { Fragment } from "react";

type Fact = { label: string; value: React.ReactNode };

/** The sidebar of a detail page with the ways to reach the entry; facts without a value are left out. */
export function ContactPanel({ heading, emptyNote, facts }: { heading: string; /** shown when there is no way to reach the entry */ emptyNote?: string; facts: Fact[] }) {
  return (
    <section aria-labelledby="contact" className="h-fit border-t-8 border-brand-600 bg-brand-50 p-4">
      <h2 id="contact" className="text-xl font-bold">
        {heading}
      </h2>
      {emptyNote && <p className="mt-2">{emptyNote}</p>}
      {/* Stacked rows: the sidebar is too narrow for the two-column FactList. */}
      <dl className="mt-3 space-y-3">
        {facts
          .filter((fact) => Boolean(fact.value))
          .map((fact) => (
            <div key={fact.label}>
              <dt className="font-semibold">{fact.label}</dt>
              <dd className="break-words">{fact.value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

/**
 * A postal address, one line each (empty lines left out). `lang`: "de" on French and English
 * pages (germanOnly), where the organisation's, street's and town's names are German.
 */
export function PostalAddress({ lines, lang }: { lines: (string | null | undefined)[]; lang?: "de" }) {
  return (
    <address className="not-italic" lang={lang}>
      {lines.filter(Boolean).map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </address>
  );
}
