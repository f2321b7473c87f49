import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

interface Props {
  namespace: "legal.privacy" | "legal.accessibility";
  intro?: "summary" | "intro";
  sections: string[];
}

// The French and English texts name German institutions in their own words: <de>…</de> in the
// catalogue marks them lang="de" (the German texts have no such tags).
const germanName = (chunks: React.ReactNode) => <span lang="de">{chunks}</span>;

/** A text page from the catalogue: an h1, an optional lead paragraph, then heading/text pairs. */
export async function LegalPage({ namespace, intro, sections }: Props) {
  const t = await getTranslations(namespace);
  const values = { operator: env.OPERATOR_NAME, email: env.OPERATOR_EMAIL };
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      {intro && <p className="text-lg">{t(intro, values)}</p>}
      {sections.map((key) => (
        <section key={key} aria-labelledby={key}>
          <h2 id={key} className="text-2xl font-bold">
            {t(`${key}Heading`)}
          </h2>
          <p className="mt-2">{t.rich(key, { ...values, de: germanName })}</p>
        </section>
      ))}
    </article>
  );
}
