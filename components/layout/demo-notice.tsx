import { getTranslations } from "next-intl/server";

/** Says on every page that dates, amounts and people are invented, while the database holds demo data. */
export async function DemoNotice() {
  const t = await getTranslations("common.demoNotice");
  return (
    <div className="demo-notice" data-testid="demo-notice">
      <p>
        <strong>{t("label")}</strong> {t("text")}
      </p>
    </div>
  );
}
