import { getTranslations } from "next-intl/server";
import { bareDomainHost } from "@/lib/programme/source-url";

const AFTER_SAVE = ["saved", "created"];

/**
 * After a save: the source URL still points at a start page. A warning, not a refusal; the field
 * itself shows the same warning (SourceUrlField).
 */
export async function SourceUrlNotice({ sourceUrl, notice }: { sourceUrl: string; notice: string | string[] | undefined }) {
  const host = bareDomainHost(sourceUrl);
  const key = Array.isArray(notice) ? notice[0] : notice;
  if (!host || !key || !AFTER_SAVE.includes(key)) return null;
  const t = await getTranslations("programmeEditor.form");
  return (
    <div role="status" className="mb-6 border-l-8 border-upcoming p-4" data-testid="source-url-notice">
      <p className="font-bold">{t("sourceUrlSaved", { host })}</p>
    </div>
  );
}
