import { TIME_ZONE } from "@/lib/dates";

// Instants on editor pages are shown with time of day, in Berlin time (never the server's zone).
const instantFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});

export function formatInstant(iso: string): string {
  return instantFormat.format(new Date(iso));
}
