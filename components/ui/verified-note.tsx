/** When the editors last checked the entry (data-testid="last-verified"), and what else readers should know. */
export function VerifiedNote({ heading, note, children }: { heading: string; note: string; children?: React.ReactNode }) {
  return (
    <section aria-labelledby="verified" className="border-l-8 border-line pl-4">
      <h2 id="verified" className="text-xl font-bold">
        {heading}
      </h2>
      <p className="mt-2 text-sm" data-testid="last-verified">
        {note}
      </p>
      {children}
    </section>
  );
}
