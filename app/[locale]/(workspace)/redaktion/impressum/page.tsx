import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { getLegalNoticeForEdit } from "@/lib/legal-notice/queries";
import { LegalNoticeForm } from "./legal-notice-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.notice.form");
  return { title: t("title"), description: t("intro") };
}

export default async function EditLegalNoticePage() {
  const actor = await requirePermission("legalNotice.manage", "/redaktion/impressum");
  const [t, notice] = await Promise.all([getTranslations("legal.notice.form"), getLegalNoticeForEdit(actor)]);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>
        {t("intro")} <Link href="/impressum">{t("publicLink")}</Link>
      </p>
      <LegalNoticeForm notice={notice} />
    </div>
  );
}
