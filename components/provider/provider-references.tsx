import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/ui/paragraphs";
import type { ProviderReferenceDTO } from "@/lib/provider/dto";

/** The provider's references; `lang` "de" on French and English pages (they have no translations). */
export async function ProviderReferences({ name, references, lang }: { name: string; references: ProviderReferenceDTO[]; lang?: "de" }) {
  const t = await getTranslations("providers.detail");
  return (
    <section aria-labelledby="references">
      <h2 id="references" className="mb-3 text-2xl font-bold">
        {t("referencesHeading")}
      </h2>
      {references.length === 0 ? (
        <p>{t("noReferences")}</p>
      ) : (
        <>
          <p>{t("referencesIntro", { count: references.length, name })}</p>
          <ul className="mt-2">
            {references.map((reference, index) => (
              <li key={index} className="border-b border-line py-4">
                <h3 className="text-lg font-bold" lang={lang}>
                  {reference.title}
                </h3>
                {(reference.client || reference.year) && (
                  <dl className="mt-1 flex flex-wrap gap-x-6 text-sm">
                    {reference.client && (
                      <div className="flex gap-1">
                        <dt className="font-semibold">{t("referenceClient")}:</dt>
                        <dd lang={lang}>{reference.client}</dd>
                      </div>
                    )}
                    {reference.year && (
                      <div className="flex gap-1">
                        <dt className="font-semibold">{t("referenceYear")}:</dt>
                        <dd>{reference.year}</dd>
                      </div>
                    )}
                  </dl>
                )}
                <Paragraphs text={reference.description} className="mt-2" lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
