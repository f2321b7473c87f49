import { HONEYPOT_FIELD } from "@/lib/signup/honeypot";

/**
 * The spam trap: off-screen (not display:none, which some robots skip), out of the tab order and
 * hidden from screen readers, so only robots fill it in. Its label still says to leave it empty.
 */
export function Honeypot({ label }: { label: string }) {
  return (
    <div className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden" aria-hidden="true">
      <label htmlFor="feld-fax">{label}</label>
      <input id="feld-fax" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
