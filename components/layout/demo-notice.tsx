import { getTranslations } from "next-intl/server";

/** Says on every page that dates, amounts and people are invented, while the database holds demo data. */
export async function DemoNotice() {
  const t = await getTranslations("common.demoNotice");
  return (
    <div className="border-b-4 border-notice-line bg-notice px-4 py-1 text-center text-sm text-ink" data-testid="demo-notice">
      <p>
        <strong>{t("label")}</strong> {t("text")}
      </p>
    </div>
  );
}
