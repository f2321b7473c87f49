import { getTranslations } from "next-intl/server";

/** "Förderprogramm geändert: Titel, Kurzbeschreibung" – an audit row's verb and field names in German. */
export async function ChangeSummary({ action, fields }: { action: string; fields: string[] }) {
  const t = await getTranslations("editorOverview.audit");
  const verb = action.split(".").pop() ?? action;
  const type = action.split(".")[0] ?? "";
  const typeLabel = t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type;
  const verbLabel = t.has(`verbs.${verb}`) ? t(`verbs.${verb}`) : verb;
  const fieldLabels = fields.map((field) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field));
  return (
    <>
      <span className="font-semibold">
        {typeLabel} {verbLabel}
      </span>
      {fieldLabels.length > 0 && (
        <>
          : <span>{fieldLabels.join(", ")}</span>
        </>
      )}
    </>
  );
}
