import { problemResponse } from "@/lib/api/problem";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getImporter } from "@/lib/import/entities";
import { exportEntries } from "@/lib/import/export";
import { typeOfSegment } from "@/lib/import/types";

// GET /redaktion/export/<foerderprogramme|berater|dienstleister>?format=csv|json&<list filters>:
// the editor list's current selection as a file. Plain-text status codes, as for an API.
export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Nicht angemeldet.", { status: 401 });
  if (!can(actor, "export.run")) return new Response("Keine Berechtigung.", { status: 403 });
  const type = typeOfSegment((await params).type);
  const importer = type && getImporter(type);
  if (!importer) return new Response("Nicht gefunden.", { status: 404 });
  const search = new URL(request.url).searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return problemResponse(400, "Unbekanntes Format: csv oder json.", { code: "INVALID_PARAMETER", field: "format" });
  }
  search.delete("format");
  const file = await exportEntries(actor, importer, search, format);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
