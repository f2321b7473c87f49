import { getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/ui/external-link";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { combinabilityMessageKey } from "@/lib/programme/combinability";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";

type Props = {
  programme: Pick<ProgrammeDetailDTO, "requiredDocuments" | "legalBasisTitle" | "legalBasisUrl" | "combinability" | "combinabilityNote">;
  /** "de" on French and English pages: these texts exist in German only */
  contentLang?: "de";
};

/**
 * What an applicant has to prepare and may rely on, after "how to apply" (as the Förderdatenbank
 * des Bundes and service.rlp.de order it): documents, the legal basis, and whether the programme
 * can be combined with other funding. Combinability is always answered, "unknown" included:
 * cumulating grants wrongly can cost the whole grant.
 */
export async function ProgrammeApplication({ programme: p, contentLang }: Props) {
  const t = await getTranslations();
  return (
    <>
      {p.requiredDocuments && (
        <Section id="required-documents" title={t("programmes.detail.requiredDocuments")}>
          <RichText text={p.requiredDocuments} lang={contentLang} />
        </Section>
      )}
      {p.legalBasisTitle && (
        <Section id="legal-basis" title={t("programmes.detail.legalBasis")}>
          <p lang={contentLang}>
            {p.legalBasisUrl ? (
              <ExternalLink href={p.legalBasisUrl}>{p.legalBasisTitle}</ExternalLink>
            ) : (
              p.legalBasisTitle
            )}
          </p>
        </Section>
      )}
      <Section id="combinability" title={t("programmes.detail.combinability")}>
        <p data-combinability={p.combinability ?? "unknown"} className={p.combinability ? "font-semibold" : undefined}>
          {t(combinabilityMessageKey(p.combinability))}
        </p>
        {p.combinabilityNote && (
          <p className="mt-2" lang={contentLang}>
            {p.combinabilityNote}
          </p>
        )}
      </Section>
    </>
  );
}
