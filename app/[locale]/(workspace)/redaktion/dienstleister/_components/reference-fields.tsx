import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";

/** The fields of reference `index` (flat names "references.<index>.title"…), for the editor's and the provider's own form. */
export function ReferenceFields({ index, labels }: { index: number; labels: Record<string, string> }) {
  return (
    <>
      <TextField name={`references.${index}.title`} label={labels[`references.${index}.title`]!} />
      <TextField name={`references.${index}.client`} label={labels[`references.${index}.client`]!} />
      <TextareaField name={`references.${index}.description`} label={labels[`references.${index}.description`]!} rows={3} />
      <TextField name={`references.${index}.year`} label={labels[`references.${index}.year`]!} inputMode="numeric" width="w-32" />
    </>
  );
}
