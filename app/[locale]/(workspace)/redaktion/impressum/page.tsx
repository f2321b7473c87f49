import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { getLegalNoticeForEdit } from "@/lib/legal-notice/queries";
import { LegalNoticeForm } from "./legal-notice-form";

export async function generateMetadata(): Promise<Metadata> {
  if (await lacksPermission("legalNotice.manage")) return forbiddenMetadata();
  const t = await getTranslations("legal.notice.form");
  return { title: t("title"), description: t("intro") };
}

export default async function EditLegalNoticePage() {
  const actor = await permittedActor("legalNotice.manage", "/redaktion/impressum");
  if (!actor) return <InPageForbidden />;
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
