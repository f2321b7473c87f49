import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { PublicationStatus } from "@/lib/db/enums";

/** Above every preview: that this is not public (yet), in which status, and the way back. */
export async function PreviewBanner({ status, editHref }: { status: PublicationStatus; editHref: string }) {
  const t = await getTranslations("editor");
  return (
    <div role="status" className="mb-6 border-4 border-upcoming bg-brand-50 p-4" data-testid="preview-banner">
      <p className="text-xl font-bold">{t("preview.banner")}</p>
      <p>{t("preview.bannerText", { status: t(`status.${status}`) })}</p>
      <p className="mt-2">
        <Link href={editHref}>{t("edit.backToEdit")}</Link>
      </p>
    </div>
  );
}
