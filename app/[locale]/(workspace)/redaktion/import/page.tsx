import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/submit-button";
import { requirePermission } from "@/lib/auth/guard";
import { COLUMNS_BY_TYPE } from "@/lib/import/entities/columns-by-type";
import { IMPORT_TYPES } from "@/lib/import/entities";
import { listRecentImportJobs } from "@/lib/import/jobs";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/import/limits";
import { segmentOf } from "@/lib/import/types";
import { validateImportAction } from "./actions";
import { ColumnTable } from "./_components/column-table";
import { RecentJobs } from "./_components/recent-jobs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("importExport.upload");
  return { title: t("title") };
}

const FORM_ERRORS = ["noFile", "noType", "forbidden"] as const;

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("import.run", "/redaktion/import");
  const [t, { fehler }, recent] = await Promise.all([getTranslations("importExport"), searchParams, listRecentImportJobs(actor)]);
  const error = FORM_ERRORS.find((key) => key === fehler);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("upload.title")}</h1>
      <p className="max-w-3xl">{t("upload.intro")}</p>
      {error && (
        <div role="alert" className="border-4 border-closed p-4 font-semibold">
          {t(`upload.errors.${error}`)}
        </div>
      )}
      <form action={validateImportAction} className="max-w-3xl space-y-6">
        <div className="space-y-1">
          <label htmlFor="import-type" className="block font-semibold">{t("upload.typeLabel")}</label>
          <select id="import-type" name="typ" required className="border-2 border-ink bg-white px-2 py-1.5">
            {IMPORT_TYPES.map((type) => (
              <option key={type} value={segmentOf(type)}>{t(`types.${type}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-semibold">{t("upload.fileLabel")}</label>
          <p id="import-file-hint" className="text-sm text-muted">
            {t("upload.fileHint", { maxMb: MAX_FILE_BYTES / 1024 / 1024, maxRows: MAX_ROWS })}
          </p>
          <input
            id="import-file"
            name="datei"
            type="file"
            required
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-file-hint"
            className="block"
          />
        </div>
        <SubmitButton>{t("upload.submit")}</SubmitButton>
      </form>

      <section aria-labelledby="rules-heading" className="max-w-4xl space-y-4">
        <h2 id="rules-heading" className="text-2xl font-bold">{t("upload.rulesHeading")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {(["new", "update", "verified", "plan", "lists", "facets", "dates", "status"] as const).map((rule) => (
            <li key={rule}>{t(`upload.rules.${rule}`)}</li>
          ))}
        </ul>
        {IMPORT_TYPES.map((type) => (
          <div key={type} className="space-y-2">
            <ColumnTable caption={t("upload.columnsCaption", { type: t(`types.${type}`) })} columns={COLUMNS_BY_TYPE[type]} />
            <p>
              <Link href={`/redaktion/import/vorlage/${segmentOf(type)}.csv`} prefetch={false} download>
                {t("upload.template", { type: t(`types.${type}`) })}
              </Link>
            </p>
          </div>
        ))}
      </section>

      {recent.length > 0 && <RecentJobs jobs={recent} />}
    </div>
  );
}
