import { describe, expect, it } from "vitest";
import { berlinLocalToInstant, instantToBerlinLocal } from "@/lib/dates";
import { eventWhenParts } from "@/lib/event/format";
import { eventInput } from "@/lib/event/schema";
import { isPastEvent, nextEventEnd } from "@/lib/event/timing";

const at = (iso: string) => new Date(iso);

describe("past events are derived from the end", () => {
  const event = { endsAt: "2026-12-15T15:00:00.000Z" };
  it("is upcoming until its end and past from then on", () => {
    expect(isPastEvent(event, at("2026-12-15T14:59:59.000Z"))).toBe(false);
    expect(isPastEvent(event, at("2026-12-15T15:00:00.000Z"))).toBe(true);
  });
  it("names the earliest end still ahead as the instant a list changes", () => {
    const events = [{ endsAt: "2026-12-01T10:00:00.000Z" }, { endsAt: "2026-12-20T10:00:00.000Z" }, { endsAt: "2026-12-10T10:00:00.000Z" }];
    expect(nextEventEnd(events, at("2026-12-05T00:00:00.000Z"))?.toISOString()).toBe("2026-12-10T10:00:00.000Z");
    expect(nextEventEnd(events, at("2026-12-21T00:00:00.000Z"))).toBeNull();
  });
});

describe("Berlin wall-clock times", () => {
  it("round-trips winter and summer times", () => {
    expect(berlinLocalToInstant("2026-12-15T14:00").toISOString()).toBe("2026-12-15T13:00:00.000Z");
    expect(berlinLocalToInstant("2027-06-10T09:30").toISOString()).toBe("2027-06-10T07:30:00.000Z");
    expect(instantToBerlinLocal(at("2027-06-10T07:30:00.000Z"))).toBe("2027-06-10T09:30");
  });
  it("formats one day as „Di., 15. Dezember 2026“ with start and end time", () => {
    expect(eventWhenParts("2026-12-15T13:00:00.000Z", "2026-12-15T15:00:00.000Z")).toEqual({ kind: "sameDay", day: "Di., 15. Dezember 2026", start: "14:00", end: "16:00" });
    expect(eventWhenParts("2026-12-15T13:00:00.000Z", "2026-12-16T11:00:00.000Z").kind).toBe("span");
  });
});

describe("event input", () => {
  const base = {
    title: "KI-Sprechtag",
    summary: "Kurz",
    description: "<p>Text</p>",
    organiser: "ihk-trier",
    format: "VOR_ORT",
    venueName: "IHK Trier",
    town: "Trier",
    startsAt: "2026-12-15T14:00",
    endsAt: "2026-12-15T16:00",
    regions: ["stadt-trier"],
  };
  const errors = (input: Record<string, unknown>) => {
    const result = eventInput.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
  };
  it("accepts a complete event and German dates from files", () => {
    expect(errors(base)).toEqual({});
    expect(eventInput.parse({ ...base, startsAt: "15.12.2026 14:00", endsAt: "2026-12-15 16:00" }).startsAt).toBe("2026-12-15T14:00");
  });
  it("asks for a place on site, a link online and an end after the start", () => {
    expect(errors({ ...base, venueName: "", town: "" })).toEqual({ venueName: "eventEditor.validation.venueRequired", town: "eventEditor.validation.townRequired" });
    expect(errors({ ...base, format: "ONLINE" })).toEqual({ onlineUrl: "eventEditor.validation.onlineUrlRequired" });
    expect(errors({ ...base, endsAt: "2026-12-15T13:00" })).toEqual({ endsAt: "eventEditor.validation.endBeforeStart" });
    expect(errors({ ...base, startsAt: "morgen" })).toEqual({ startsAt: "eventEditor.validation.dateTime" });
    expect(errors({ ...base, format: "ONLINE", onlineUrl: "javascript:alert(1)" })).toEqual({ onlineUrl: "validation.url" });
  });
});
