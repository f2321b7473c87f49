import { StatusLine } from "@/components/cards/status-line";
import { statusView, type StatusInput } from "./status-view";

/** The derived status in words, never only in colour (WCAG 1.4.1). */
export async function StatusBadge(props: StatusInput) {
  return <StatusLine view={await statusView(props)} />;
}
