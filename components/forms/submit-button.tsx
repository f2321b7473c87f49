"use client";

import { useFormStatus } from "react-dom";

type Props = { children: React.ReactNode; variant?: "primary" | "secondary" | "warning"; name?: string; value?: string };

const STYLES = {
  primary: "bg-open text-white border-open",
  secondary: "bg-white text-ink border-ink",
  warning: "bg-closed text-white border-closed",
};

export function SubmitButton({ children, variant = "primary", name, value }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`border-2 px-4 py-2 font-bold shadow-[0_2px_0_#0b0c0c] disabled:opacity-70 ${STYLES[variant]}`}
    >
      {children}
    </button>
  );
}
