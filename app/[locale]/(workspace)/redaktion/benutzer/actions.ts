"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { localiseState, withFormRefusal } from "@/lib/user/form-messages";
import { changeRoleSchema, createUserSchema, setDisabledSchema } from "@/lib/user/schema";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/user/service";

// Thin actions: the services check user.manage (ADMIN) and write the audit rows.
export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, createUserSchema, async (input, actor) => {
    const { id } = await createUser(actor, input);
    redirect(`/redaktion/benutzer/${id}?angelegt=1`);
  });
  // The initial password is not sent back into the form.
  if (state.status === "error" && state.values) delete state.values.password;
  return localiseState(state);
}

export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, changeRoleSchema, async (input, actor) => {
    await changeUserRole(actor, input);
    revalidatePath("/[locale]/redaktion/benutzer", "layout"); // the pages show role and status
    return { status: "success", message: "auth.users.roleChanged" };
  });
  return localiseState(state);
}

export async function setDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, setDisabledSchema, (input, actor) =>
    withFormRefusal(async () => {
      await setUserDisabled(actor, input);
      revalidatePath("/[locale]/redaktion/benutzer", "layout");
      return { status: "success", message: input.disabled ? "auth.users.disabledDone" : "auth.users.enabledDone" };
    }),
  );
  return localiseState(state);
}
