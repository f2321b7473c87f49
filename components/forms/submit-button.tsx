"use client";

import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";

type Props = { children: React.ReactNode; variant?: Exclude<ButtonVariant, "link">; name?: string; value?: string };

export function SubmitButton({ children, variant = "primary", name, value }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending || undefined} className={buttonClass(variant)}>
      {children}
    </button>
  );
}
