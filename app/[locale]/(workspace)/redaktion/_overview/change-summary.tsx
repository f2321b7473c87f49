import { getMessages, getTranslations } from "next-intl/server";
import { fieldLabelOf } from "@/lib/content/field-label-tables";

/**
 * "Förderprogramm geändert: Titel, Kurzbeschreibung" – an audit row's verb and field names in German,
 * the fields named from the entity type's label table (lib/content/field-label-tables.ts).
 */
export async function ChangeSummary({ action, fields }: { action: string; fields: string[] }) {
  const [t, messages] = await Promise.all([getTranslations("editorOverview.audit"), getMessages()]);
  const verb = action.split(".").pop() ?? action;
  const type = action.split(".")[0] ?? "";
  const typeLabel = t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type;
  const verbLabel = t.has(`verbs.${verb}`) ? t(`verbs.${verb}`) : verb;
  const fieldLabels = fields.map((field) => fieldLabelOf(messages, type, field) ?? field);
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
