import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { RichTextField } from "@/components/forms/rich-text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { COMBINABILITY_VALUES } from "@/lib/programme/combinability";

const SECTION = "border-t-2 border-line pt-6 space-y-6";

/** Choices of the combinability select, labelled as on the public page. */
export async function combinabilityOptions() {
  const tf = await getTranslations("facets.combinability");
  return COMBINABILITY_VALUES.map((value) => ({ value, label: tf(value) }));
}

/**
 * The fields of issue 14's "detail pages that answer" (documents, legal basis, combinability, the
 * programme's own contact) and issue 15's conditions the Förder-Check compares. Kept apart from the basic form so both can grow independently.
 */
export async function ProgrammeDetailFields({ labels }: { labels: Record<string, string> }) {
  const t = await getTranslations("programmeEditor.form");
  const ts = await getTranslations("editor");
  const yesNo = [
    { value: "ja", label: t("fields.applyBeforeProjectStartYes") },
    { value: "nein", label: t("fields.applyBeforeProjectStartNo") },
  ];
  return (
    <>
      <section aria-labelledby="section-conditions" className={SECTION}>
        <h2 id="section-conditions" className="text-2xl font-bold">{t("sections.conditions")}</h2>
        <p className="text-sm text-muted">{t("fields.conditionsHint")}</p>
        <TextField name="maxEmployees" label={labels.maxEmployees!} hint={t("fields.maxEmployeesHint")} inputMode="numeric" width="w-full max-w-xs" />
        <SelectField name="applyBeforeProjectStart" label={labels.applyBeforeProjectStart!} options={yesNo} emptyLabel={t("fields.applyBeforeProjectStartEmpty")} />
      </section>
      <section aria-labelledby="section-application" className={SECTION}>
        <h2 id="section-application" className="text-2xl font-bold">{t("sections.application")}</h2>
        <RichTextField name="requiredDocuments" label={labels.requiredDocuments!} hint={`${t("fields.requiredDocumentsHint")} ${ts("richTextHint")}`} rows={6} />
        <TextField name="legalBasisTitle" label={labels.legalBasisTitle!} hint={t("fields.legalBasisTitleHint")} />
        <TextField name="legalBasisUrl" label={labels.legalBasisUrl!} hint={t("fields.legalBasisUrlHint")} type="url" />
        <SelectField name="combinability" label={labels.combinability!} options={await combinabilityOptions()} emptyLabel={t("fields.combinabilityEmpty")} />
        <TextareaField name="combinabilityNote" label={labels.combinabilityNote!} hint={t("fields.combinabilityNoteHint")} rows={3} />
      </section>
      <section aria-labelledby="section-contact" className={SECTION}>
        <h2 id="section-contact" className="text-2xl font-bold">{t("sections.contact")}</h2>
        <p className="text-sm text-muted">{t("fields.contactHint")}</p>
        <TextField name="contactName" label={labels.contactName!} />
        <TextField name="contactEmail" label={labels.contactEmail!} type="email" width="w-full max-w-xl" />
        <TextField name="contactPhone" label={labels.contactPhone!} type="tel" width="w-full max-w-xs" />
      </section>
    </>
  );
}
