import type { StatusView } from "./card-view";

/**
 * A programme's derived status in words, never only in colour (WCAG 1.4.1); cards and detail pages.
 * Styled through .status-line in app/globals.css (the badge by the status, the countdown bold): a
 * list sends this line twenty times, so its elements carry no classes of their own.
 */
export function StatusLine({ view }: { view: StatusView }) {
  return (
    <p className="status-line" data-status={view.status}>
      <strong>{view.label}</strong>
      {view.countdown && <span data-countdown={view.countdown.days}>{view.countdown.text}</span>}
      {view.detail && <span>{view.detail}</span>}
    </p>
  );
}
