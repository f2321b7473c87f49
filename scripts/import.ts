// npm run import -- <datei> [--typ foerderprogramme|berater|dienstleister|veranstaltungen] [--dry-run] [--als <e-mail>]
//
// The same path as /redaktion/import: dry run (every row checked, nothing written), then — only
// without errors and without --dry-run — the all-or-nothing commit as a job of the acting editor
// (--als, default: the first admin account). Row errors go to stdout in German, the progress bar
// to stderr; the exit code is 1 when the file has errors or the commit failed. The commit queues
// the cache invalidation of the written entries like an import from the editor area; the worker
// (npm run worker) runs it.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import editor from "@/messages/de/editor.json";
import importExport from "@/messages/de/importExport.json";
import { db } from "@/lib/db/client";
import { dryRunImport } from "@/lib/import/dry-run";
import { getImporter } from "@/lib/import/entities";
import { messageText, type Translate } from "@/lib/import/message-text";
import { hasErrors, warningCount, type ImportReport } from "@/lib/import/report";
import { jobSender } from "@/lib/jobs/boss";
import { validateImport, startImport } from "@/lib/import/service";
import { segmentOf, typeOfSegment, TYPE_SEGMENTS, type ImportEntityType } from "@/lib/import/types";
import { createProgress } from "@/lib/search/progress";

// The messages the CLI prints use plain {placeholders} only, so a lookup with substitution is enough
// (next-intl's translator pulls React client code into a plain Node process).
const catalogue: Record<string, unknown> = { editor, importExport };
const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
const t = Object.assign(
  (key: string, params: Record<string, string | number> = {}) =>
    String(lookup(key) ?? key).replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)),
  { has: (key: string) => typeof lookup(key) === "string" },
) satisfies Translate;

function typeFrom(flag: string | undefined, file: string): ImportEntityType | undefined {
  if (flag) return typeOfSegment(flag);
  const name = basename(file).toLowerCase();
  if (/foerderprogramm|förderprogramm|programm/.test(name)) return "programme";
  if (/berater|beratung|advisor/.test(name)) return "advisor";
  if (/dienstleister|provider/.test(name)) return "provider";
  if (/veranstaltung|event/.test(name)) return "event";
  return undefined;
}

async function actorFor(email: string | undefined) {
  const select = { id: true, role: true, name: true, email: true, advisorId: true, providerId: true } as const;
  return email
    ? db.user.findFirst({ where: { email: email.toLowerCase(), disabledAt: null }, select })
    : db.user.findFirst({ where: { role: "ADMIN", disabledAt: null }, orderBy: { createdAt: "asc" }, select });
}

function printReport(report: ImportReport) {
  for (const message of report.fileErrors) console.log(`Datei: ${messageText(t, message)}`);
  const label = report.format === "json" ? "Eintrag" : "Zeile";
  for (const error of report.rowErrors)
    console.log(`${label} ${error.row}${error.column ? `, Spalte „${error.column}“` : ""}: ${messageText(t, error)}`);
  // What each row will do; warnings stand out (and are counted once more at the end).
  for (const row of report.plan ?? []) {
    const action = t(`importExport.job.planActions.${row.action}`);
    console.log(`${label} ${row.row}: ${action} – ${row.title}${row.slug ? ` (${row.slug})` : ""}`);
    for (const warning of row.warnings) console.log(`  ACHTUNG: ${messageText(t, warning)}`);
  }
  const warnings = warningCount(report);
  if (warnings > 0) console.log(`${warnings} Warnung(en): bitte die mit ACHTUNG markierten Zeilen prüfen.`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { typ: { type: "string" }, "dry-run": { type: "boolean", default: false }, als: { type: "string" } },
  });
  const [file] = positionals;
  if (!file) {
    console.error(`Aufruf: npm run import -- <datei> [--typ ${Object.keys(TYPE_SEGMENTS).join("|")}] [--dry-run] [--als <e-mail>]`);
    return 2;
  }
  const type = typeFrom(values.typ, file);
  if (!type || !getImporter(type)) {
    console.error(`Unbekannte Art der Einträge. Bitte --typ ${Object.keys(TYPE_SEGMENTS).join("|")} angeben.`);
    return 2;
  }
  const actor = await actorFor(values.als);
  if (!actor) {
    console.error(values.als ? `Kein aktives Konto mit der E-Mail-Adresse ${values.als}.` : "Kein aktives Administrationskonto gefunden.");
    return 2;
  }
  const upload = { bytes: new Uint8Array(await readFile(file)), name: basename(file) };
  if (values["dry-run"]) {
    const { report, total } = await dryRunImport(actor, getImporter(type)!, upload);
    printReport(report);
    if (hasErrors(report)) return 1;
    console.log(`Probelauf: ${total} Zeilen bereit (${report.created} neu, ${report.updated} Aktualisierungen). Nichts gespeichert.`);
    return 0;
  }
  const { jobId, report, total } = await validateImport(actor, type, upload);
  printReport(report);
  if (hasErrors(report)) {
    console.log("Nichts gespeichert.");
    return 1;
  }
  // Started before the commit's transaction, which queues the cache invalidation through it.
  await jobSender();
  const commit = await startImport(actor, jobId);
  const progress = createProgress("import", total);
  progress.update(0);
  const result = await commit({ progressEvery: 10, onProgress: (processed) => progress.update(processed) });
  if (!result.ok) {
    progress.finish("fehlgeschlagen");
    const { failure } = result;
    console.log(`Import fehlgeschlagen, nichts gespeichert. Zeile ${failure.row}${failure.column ? `, Spalte „${failure.column}“` : ""}: ${messageText(t, failure)}`);
    return 1;
  }
  progress.finish(`${total} Zeilen`);
  console.log(`Import abgeschlossen: ${report.created} neu angelegt (als Entwurf), ${report.updated} aktualisiert. Job ${jobId}.`);
  for (const entry of result.createdEntries) console.log(`  Entwurf: ${entry.title} (${entry.slug}) – /redaktion/${segmentOf(type)}/${entry.id}`);
  console.log("Suche und öffentliche Seiten werden erneuert, sobald der Worker (npm run worker) die Aufträge ausführt.");
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error("import fehlgeschlagen:", error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
