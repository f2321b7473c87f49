"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { useFormMessage } from "./field-message";

export function SuccessMessage({ state }: { state: FormState }) {
  const t = useTranslations("editor.form");
  const message = useFormMessage();
  if (state.status !== "success") return null;
  return (
    <div role="status" className="mb-6 border-l-8 border-open bg-green-50 p-4">
      <p className="font-bold">{state.message ? message(state.message) : t("saved")}</p>
    </div>
  );
}
