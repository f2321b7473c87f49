"use client";

import type { Conflict } from "./form-shell";
import { useFormText } from "./form-texts";
import { conflictValueText, type ValueLabels } from "./option-labels";

type Props = { conflict: Conflict; labels: Record<string, string>; valueLabels?: ValueLabels };

/** What another person saved meanwhile, next to what this user typed (their input stays in the form). */
export function ConflictPanel({ conflict, labels, valueLabels = {} }: Props) {
  const text = useFormText();
  const t = (key: string) => text(`editor.conflict.${key}`);
  const rows = Object.entries(conflict.changes);
  return (
    <section aria-labelledby="konflikt-titel" className="mb-6 border-4 border-upcoming p-4">
      <h2 id="konflikt-titel" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("explanation")}</p>
      {rows.length > 0 && (
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">{t("field")}</th>
              <th scope="col" className="border-b-2 border-ink p-2">{t("theirs")}</th>
              <th scope="col" className="border-b-2 border-ink p-2">{t("mine")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, change]) => (
              <tr key={name}>
                <th scope="row" className="border-b border-line p-2 align-top">{labels[name] ?? name}</th>
                <td className="border-b border-line p-2 align-top whitespace-pre-line">{conflictValueText(change.theirs, valueLabels[name])}</td>
                <td className="border-b border-line p-2 align-top whitespace-pre-line">{conflictValueText(change.mine, valueLabels[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-4">{t("nextStep")}</p>
    </section>
  );
}
