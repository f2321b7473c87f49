const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase ASCII slug with hyphens: "Förder-Check Prüm" → "foerder-check-pruem". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const LEGAL_FORM = /\s+(?:GmbH(?: & Co\.? KG)?|UG \(haftungsbeschränkt\)|gGmbH|e\. ?K\.|GbR|AG|KG|Partnerschaft)$/;

/** Slug of a company name without its legal form: "Moselbyte Digital GmbH" → "moselbyte-digital". */
export function companySlug(name: string): string {
  return slugify(name.replace(LEGAL_FORM, ""));
}
