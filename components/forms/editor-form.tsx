"use client";

import { ConflictPanel } from "./conflict-panel";
import { FormShell, type FormShellProps } from "./form-shell";
import type { ValueLabels } from "./option-labels";

type Props = Omit<FormShellProps, "conflictPanel"> & {
  /** field → (stored value → label) of the choices the form shows, for the conflict table */
  valueLabels?: ValueLabels;
};

/**
 * The form of a versioned entry (programme, profile, organisation …): when someone else saved it
 * meanwhile, the conflict panel shows their values next to what this user typed, which stays in
 * the form (the version check: docs/architecture.md, "Editor area").
 */
export function EditorForm({ valueLabels, ...props }: Props) {
  return <FormShell {...props} conflictPanel={(conflict) => <ConflictPanel conflict={conflict} labels={props.labels} valueLabels={valueLabels} />} />;
}
