import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

interface Props {
  namespace: "legal.privacy" | "legal.accessibility";
  intro?: "summary" | "intro";
  sections: string[];
}

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
          <p className="mt-2">{t(key, values)}</p>
        </section>
      ))}
    </article>
  );
}
