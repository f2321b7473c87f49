"use client";

import { createContext, useContext } from "react";
import type { FormState, FormValues } from "@/lib/actions/form-state";

type Context = { state: FormState; defaults: FormValues };

export const FormContext = createContext<Context>({ state: { status: "idle" }, defaults: {} });

/** A field's current value (what the user last sent, else the saved value) and its messages. */
export function useField(name: string) {
  const { state, defaults } = useContext(FormContext);
  const values = state.status === "error" ? state.values : undefined;
  const value = values && name in values ? values[name] : defaults[name];
  const errors = state.status === "error" ? (state.fieldErrors?.[name] ?? []) : [];
  return { value, errors, id: fieldId(name), errorId: `${fieldId(name)}-fehler`, hintId: `${fieldId(name)}-hinweis` };
}

export const fieldId = (name: string) => `feld-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

export const asString = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
export const asArray = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);
