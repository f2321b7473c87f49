import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { decodeImportText, readImportFile } from "@/lib/import/read-file";

const fixture = async (name: string) => new Uint8Array(await readFile(new URL(`../../fixtures/import/${name}`, import.meta.url)));

// German Excel saves "CSV (Trennzeichen-getrennt)" as Windows-1252; "CSV UTF-8" with a BOM.
describe("import file encoding", () => {
  it("the fixtures really are Windows-1252 and UTF-8", async () => {
    const cp1252 = await fixture("programme-windows-1252.csv");
    const utf8 = await fixture("programme-utf8.csv");
    // ä is E4 in Windows-1252, € is 80, „ is 84, – is 96; in UTF-8 they are multi-byte sequences.
    for (const byte of [0xe4, 0xf6, 0xfc, 0xc4, 0xd6, 0xdc, 0xdf, 0x80, 0x84, 0x93, 0x96]) expect(cp1252).toContain(byte);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(cp1252)).toThrow();
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(utf8)).not.toThrow();
    expect(utf8.length).toBeGreaterThan(cp1252.length);
  });

  it("reads both files to the same values, umlauts, ß, € and German quotes included", async () => {
    const fromCp1252 = readImportFile(await fixture("programme-windows-1252.csv"), "foerderprogramme.csv");
    const fromUtf8 = readImportFile(await fixture("programme-utf8.csv"), "foerderprogramme.csv");
    expect(fromCp1252.ok && fromUtf8.ok).toBe(true);
    if (!fromCp1252.ok || !fromUtf8.ok) return;
    expect(fromCp1252.table).toEqual(fromUtf8.table);
    expect(fromCp1252.table.headers).toContain("Fördergeber");
    expect(fromCp1252.table.rows[0]!.values).toMatchObject({
      Titel: "Förderung für Öko-Übergänge {{suffix}}",
      Kurzbeschreibung: "Zuschüsse für Ärzte, Äcker und Straßenbau – „schnell“ beantragt",
      Betrag: "bis 15.000 € je Vorhaben",
    });
  });

  it("decodes by BOM first, then valid UTF-8, otherwise Windows-1252", () => {
    const text = "Maß – „ä“ €";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeImportText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeImportText(utf8)).toBe(text);
    expect(decodeImportText(new Uint8Array([0x4d, 0x61, 0xdf, 0x20, 0x96, 0x20, 0x84, 0xe4, 0x93, 0x20, 0x80]))).toBe(text);
    // Plain ASCII is the same in both.
    expect(decodeImportText(new TextEncoder().encode("Titel;Frist"))).toBe("Titel;Frist");
  });
});
