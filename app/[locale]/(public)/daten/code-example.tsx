/** A shell command to copy: its own scroll box (focusable, so keyboard users can scroll it), never the page's. */
export function CodeExample({ label, code }: { label: string; code: string }) {
  return (
    <figure>
      <figcaption>{label}</figcaption>
      <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-brand-50 p-3 text-sm">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
