import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { dryRunImport } from "@/lib/import/dry-run";
import { getImporter } from "@/lib/import/entities";
import { actorFor } from "./helpers";

const programmes = getImporter("programme")!;
let editor: Actor;
beforeAll(async () => {
  editor = await actorFor("redaktion@regiontrier.example");
});

const upload = async (name: string) => ({
  bytes: new Uint8Array(await readFile(new URL(`../../fixtures/import/${name}`, import.meta.url))),
  name: "foerderprogramme.csv",
});

describe("importing a Windows-1252 file (German Excel's default CSV)", () => {
  it("checks to the same entries as the UTF-8 file, with umlauts, ß, € and German quotes intact", async () => {
    const fromCp1252 = await dryRunImport(editor, programmes, await upload("programme-windows-1252.csv"));
    const fromUtf8 = await dryRunImport(editor, programmes, await upload("programme-utf8.csv"));
    expect(fromCp1252.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 2 });
    expect(fromCp1252.payload.map((row) => row.values)).toEqual(fromUtf8.payload.map((row) => row.values));
    expect(fromCp1252.payload[0]!.values).toMatchObject({
      title: "Förderung für Öko-Übergänge {{suffix}}",
      summary: "Zuschüsse für Ärzte, Äcker und Straßenbau – „schnell“ beantragt",
      amountText: "bis 15.000 € je Vorhaben",
    });
  });
});
