"use client";

import type { FormState } from "@/lib/actions/form-state";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

type Texts = { title: string; password: string; passwordHint: string; passwordRepeat: string; save: string };

/** New password twice (invitation, reset); the action is bound to the link's token. */
export function SetPasswordForm({ action, texts }: { action: (state: FormState, formData: FormData) => Promise<FormState>; texts: Texts }) {
  return (
    <EditorForm action={action} labels={{ password: texts.password, passwordRepeat: texts.passwordRepeat }} ariaLabel={texts.title}>
      <TextField name="password" label={texts.password} hint={texts.passwordHint} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <TextField name="passwordRepeat" label={texts.passwordRepeat} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <SubmitButton>{texts.save}</SubmitButton>
    </EditorForm>
  );
}
