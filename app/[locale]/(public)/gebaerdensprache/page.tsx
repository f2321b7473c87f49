import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { Section } from "@/components/ui/section";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { getLegalNotice } from "@/lib/legal-notice/cached";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.signLanguage");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/gebaerdensprache" });
}

// The video comes only from the portal itself (validated in lib/legal-notice/schema.ts): no
// third-party player, no request to another origin (the captions neither). preload="none": nothing loads until asked.
export default async function SignLanguagePage() {
  const [t, notice] = await Promise.all([getTranslations("legal.signLanguage"), getLegalNotice()]);
  const values = { operator: env.OPERATOR_NAME, email: env.OPERATOR_EMAIL };
  const video = notice?.signLanguageVideoUrl ?? null;
  const captions = notice?.signLanguageCaptionsUrl ?? null;
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <Section id="gs-video" title={t("videoHeading")}>
        {video ? (
          <div className="space-y-2">
            <p>{t("videoIntro")}</p>
            <video controls preload="none" className="w-full" aria-label={t("videoHeading")}>
              <source src={video} />
              {captions && <track kind="captions" src={captions} srcLang="de" label={t("captionsLabel")} default />}
              {t("videoFallback")}
            </video>
            <p>
              <a href={video}>{t("videoLink")}</a>
            </p>
          </div>
        ) : (
          <p>{t("videoPending", values)}</p>
        )}
      </Section>
      <Section id="gs-about" title={t("aboutHeading")}>
        <p>{t("about", values)}</p>
      </Section>
      <Section id="gs-contact" title={t("contactHeading")}>
        <p>{t("contact", values)}</p>
        <p className="mt-2">
          <Link href="/leichte-sprache">{t("easyLanguageLink")}</Link>
        </p>
      </Section>
    </article>
  );
}
