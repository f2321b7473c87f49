import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { COLUMNS_BY_TYPE } from "@/lib/import/entities/columns-by-type";
import { templateCsv } from "@/lib/import/template";
import { typeOfSegment } from "@/lib/import/types";

// GET /redaktion/import/vorlage/<foerderprogramme|berater|dienstleister>.csv: the header line.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const actor = await getActor();
  if (!actor) return new Response("Nicht angemeldet.", { status: 401 });
  if (!can(actor, "import.run")) return new Response("Keine Berechtigung.", { status: 403 });
  const segment = /^([a-z]+)\.csv$/.exec(file)?.[1];
  const type = segment ? typeOfSegment(segment) : undefined;
  if (!type || COLUMNS_BY_TYPE[type].length === 0) return new Response("Nicht gefunden.", { status: 404 });
  return new Response(templateCsv(COLUMNS_BY_TYPE[type]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="vorlage-${segment}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
