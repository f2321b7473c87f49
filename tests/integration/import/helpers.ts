import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { serializeCsv } from "@/lib/import/csv";

export async function actorFor(email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true },
  });
}

export const HEADER = ["Titel", "Kurzbeschreibung", "Beschreibung", "Fördergeber", "Ebene", "Förderarten", "Zielgruppen", "Themen", "Gebiete", "Frist", "Quelle", "Slug"];

let counter = 0;
/** A unique word for this test run, so rows can be found again and never clash. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${(counter += 1)}`;

/** A valid programme row (in HEADER order) with its slug. */
export function programmeRow(suffix: string, index: number, overrides: Partial<Record<(typeof HEADER)[number], string>> = {}) {
  const values: Record<string, string> = {
    Titel: `Importtest ${suffix} Nummer ${index}`,
    Kurzbeschreibung: "Zuschuss; für den Test",
    Beschreibung: "Erste Zeile\nZweite Zeile mit \"Zitat\"",
    Fördergeber: "isb-rlp",
    Ebene: "Land",
    Förderarten: "zuschuss|Darlehen",
    Zielgruppen: "kmu|Handwerksbetriebe",
    Themen: "ki-innovation",
    Gebiete: "trier-saarburg|Vulkaneifel",
    Frist: "31.12.2099",
    Quelle: "https://example.org/foerderung",
    Slug: `importtest-${suffix}-${index}`,
    ...overrides,
  };
  return HEADER.map((header) => values[header]!);
}

export const csvFile = (rows: string[][], name = "foerderprogramme.csv", separator: ";" | "," = ";") => ({
  bytes: new TextEncoder().encode("\uFEFF" + serializeCsv([HEADER, ...rows], separator)),
  name,
});

export const counts = async () => ({
  programmes: await db.programme.count(),
  audit: await db.auditLog.count(),
  documents: await db.searchDocument.count(),
});

export async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!error || typeof error !== "object" || !("code" in error)) throw new Error(`expected AppError ${code}, got ${String(error)}`);
  if ((error as { code: string }).code !== code) throw new Error(`expected ${code}, got ${(error as { code: string }).code}`);
}
