/**
 * Enter in a text field submits a form through its *default button*: the first submit button in
 * tree order (HTML, "implicit submission"). A form whose first visible submit does something else
 * ("Weitere Zeilen") puts this one first, so Enter saves. It is out of sight, out of the tab order
 * and hidden from assistive technology, which already reach the visible save button; without
 * name or formAction it sends exactly what that save button sends.
 */
export function DefaultSubmitButton({ label }: { label: string }) {
  return (
    <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only" data-testid="default-submit">
      {label}
    </button>
  );
}
