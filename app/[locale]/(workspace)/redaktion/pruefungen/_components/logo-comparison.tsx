import { getTranslations } from "next-intl/server";
import { DETAIL_LOGO_BOX, ProviderLogo } from "@/components/provider/provider-logo";
import type { LogoDTO } from "@/lib/media/dto";
import type { LogoChangeView } from "@/lib/revision/queries";

type Props = { entry: string; change: LogoChangeView };

/** A proposed logo beside the one the entry shows now (the proposed one is served to editors only while it waits). */
export async function LogoComparison({ entry, change }: Props) {
  const t = await getTranslations("selfService.review.detail");
  const side = (heading: string, logo: LogoDTO | null, alt: string, empty: string, testId: string) => (
    <figure className="min-w-0 space-y-2" data-testid={testId}>
      <figcaption className="font-bold">{heading}</figcaption>
      {logo ? <ProviderLogo logo={logo} box={DETAIL_LOGO_BOX} alt={alt} className="border border-line p-2" /> : <p>{empty}</p>}
    </figure>
  );
  return (
    <div className="grid gap-6 sm:grid-cols-2" aria-label={t("logoCaption")} role="group">
      {side(t("logoCurrent"), change.current, t("logoCurrentAlt", { entry }), t("logoNone"), "logo-current")}
      {side(t("logoProposed"), change.proposed, t("logoProposedAlt", { entry }), t("logoRemoval"), "logo-proposed")}
    </div>
  );
}
