import { getTranslations } from "next-intl/server";

// Links to other sites say so, and do not pass our URL on (privacy) or open new windows unasked.
export async function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  const t = await getTranslations("common.detail");
  return (
    <a href={href} rel="external noopener noreferrer">
      {children} <span className="text-sm">{t("externalLinkHint")}</span>
    </a>
  );
}
