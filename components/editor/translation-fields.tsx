import { getTranslations } from "next-intl/server";
import { RichTextField } from "@/components/forms/rich-text-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TRANSLATION_LOCALES, translatedKey } from "@/lib/content/translations";

export type TranslatedField = { name: string; kind: "text" | "textarea" | "richText" };

const SECTION = "border-t-2 border-line pt-6 space-y-6";

/** Title, summary and the long text (a programme's description, a news item's body): every type's set so far. */
const textFields = (long: string): TranslatedField[] => [
  { name: "title", kind: "text" },
  { name: "summary", kind: "textarea" },
  { name: long, kind: "richText" },
];

/**
 * The French and English versions of a content type's texts (issue 20), French and English side
 * by side per field on wide screens; each control carries its language, so screen readers and
 * spell checkers read it as French or English. All optional: a missing one shows German with a note.
 */
export async function TranslationFields({
  labels,
  long = "description",
  fields = textFields(long),
  heading: Heading = "h2",
}: {
  labels: Record<string, string>;
  /** The long rich-text field of the standard set */
  long?: string;
  fields?: readonly TranslatedField[];
  /** The section heading's level: h3 inside the own-profile page's form section */
  heading?: "h2" | "h3";
}) {
  const t = await getTranslations("editor.translations");
  const ts = await getTranslations("editor");
  return (
    <section aria-labelledby="section-translations" className={SECTION}>
      <Heading id="section-translations" className={Heading === "h2" ? "text-2xl font-bold" : "text-xl font-bold"}>
        {t("legend")}
      </Heading>
      <p className="text-sm text-muted">{t("hint")}</p>
      {fields.map((field) => (
        <div key={field.name} className="grid gap-6 lg:grid-cols-2" data-translations={field.name}>
          {TRANSLATION_LOCALES.map((locale) => {
            const name = translatedKey(field.name, locale);
            const props = { name, label: labels[name] ?? name, lang: locale };
            if (field.kind === "richText") return <RichTextField key={name} {...props} hint={ts("richTextHint")} rows={8} />;
            if (field.kind === "textarea") return <TextareaField key={name} {...props} rows={3} />;
            return <TextField key={name} {...props} />;
          })}
        </div>
      ))}
    </section>
  );
}
