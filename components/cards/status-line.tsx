import type { StatusView } from "./card-view";

/** A programme's derived status in words, never only in colour (WCAG 1.4.1); cards and detail pages. */
export function StatusLine({ view }: { view: StatusView }) {
  return (
    <p className="status-line" data-status={view.status}>
      <strong className={`badge badge-${view.status}`}>{view.label}</strong>
      {view.countdown && (
        <span className="text-sm font-bold" data-countdown={view.countdown.days}>
          {view.countdown.text}
        </span>
      )}
      {view.detail && <span className="text-sm">{view.detail}</span>}
    </p>
  );
}
