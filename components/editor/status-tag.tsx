import { getTranslations } from "next-intl/server";
import type { PublicationStatus } from "@/lib/db/enums";

// Status as text plus a distinct symbol and border style, so it never depends on colour alone.
const STYLE: Record<PublicationStatus, { symbol: string; className: string }> = {
  DRAFT: { symbol: "✎", className: "border-dashed border-ink bg-white" },
  IN_REVIEW: { symbol: "◔", className: "border-dotted border-upcoming bg-brand-50" },
  PUBLISHED: { symbol: "✓", className: "border-solid border-open bg-green-50" },
  ARCHIVED: { symbol: "▣", className: "border-double border-muted bg-gray-100" },
};

export async function StatusTag({ status }: { status: PublicationStatus }) {
  const t = await getTranslations("editor.status");
  const style = STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 border-2 px-2 py-0.5 text-sm font-semibold ${style.className}`} data-status={status}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
