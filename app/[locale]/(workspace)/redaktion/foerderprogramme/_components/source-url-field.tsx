"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { asString, useField } from "@/components/forms/form-context";
import { borderClass, controlAttributes, FieldFrame } from "@/components/forms/field-frame";
import { bareDomainHost } from "@/lib/programme/source-url";

/**
 * The source URL with a warning beside it when it points at a site's start page. The warning does
 * not block saving. Without JavaScript it reflects the stored or last sent value; with it, it
 * follows typing (announced politely, as a hint and not an error).
 */
export function SourceUrlField(props: { label: string; hint?: string }) {
  const field = useField("sourceUrl");
  // A refused save brings the sent value: start over from it.
  return <SourceUrlInput key={asString(field.value)} {...props} field={field} />;
}

function SourceUrlInput({ label, hint, field }: { label: string; hint?: string; field: ReturnType<typeof useField> }) {
  const t = useTranslations("programmeEditor.form.fields");
  const [value, setValue] = useState(asString(field.value));
  const host = bareDomainHost(value);
  const warningId = `${field.id}-warnung`;
  const attributes = controlAttributes("sourceUrl", field, hint);
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <input
        {...attributes}
        aria-describedby={[attributes["aria-describedby"], host ? warningId : null].filter(Boolean).join(" ") || undefined}
        type="url"
        defaultValue={asString(field.value)}
        onChange={(event) => setValue(event.target.value)}
        required
        aria-required
        className={`w-full border-2 px-2 py-1.5 ${borderClass(field)}`}
      />
      <div aria-live="polite">
        {host && (
          <p id={warningId} className="mt-1 border-l-4 border-upcoming pl-3 font-semibold" data-testid="source-url-warning">
            {t("sourceUrlWarning", { host })}
          </p>
        )}
      </div>
    </FieldFrame>
  );
}
