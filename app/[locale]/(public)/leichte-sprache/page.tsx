import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.easyLanguage");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/leichte-sprache" });
}

type Section = { id: string; heading: string; sentences?: string[]; list?: string[] };

/**
 * Netzwerk Leichte Sprache rules: one statement per line, hard words explained where they first
 * appear, lists instead of long paragraphs, larger type and line spacing (text-xl, leading-loose).
 */
export default async function EasyLanguagePage() {
  const t = await getTranslations("legal.easyLanguage");
  const sections = t.raw("sections") as Section[];
  const fill = (text: string) => text.replace("{email}", env.OPERATOR_EMAIL);
  return (
    <article className="max-w-3xl space-y-8 text-xl leading-loose">
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`ls-${section.id}`}>
          <h2 id={`ls-${section.id}`} className="text-2xl font-bold">
            {section.heading}
          </h2>
          {section.sentences && (
            <div className="mt-2">
              {section.sentences.map((sentence) => (
                <p key={sentence}>{fill(sentence)}</p>
              ))}
            </div>
          )}
          {section.list && (
            <ul className="mt-2 list-disc space-y-4 pl-8">
              {section.list.map((item) => (
                <li key={item}>{fill(item)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <ul className="space-y-2">
        <li>
          <Link href="/barrierefreiheit">{t("accessibilityLink")}</Link>
        </li>
        <li>
          <Link href="/datenschutz">{t("privacyLink")}</Link>
        </li>
      </ul>
    </article>
  );
}
