import { getTranslations } from "next-intl/server";
import { LookalikeList } from "@/components/editor/lookalike-list";
import type { Lookalike } from "@/lib/import/lookalikes";

/** Listed providers a pending sign-up may duplicate, shown before the decision (issue 14, item 7). */
export async function SignupLookalikes({ lookalikes }: { lookalikes: Lookalike[] }) {
  if (lookalikes.length === 0) return null;
  const t = await getTranslations("signup.review");
  return (
    <section aria-labelledby="anmeldung-dubletten" className="border-4 border-closed p-4" data-testid="signup-lookalikes">
      <h2 id="anmeldung-dubletten" className="text-xl font-bold">
        {t("lookalikesHeading")}
      </h2>
      <p className="mt-2">{t("lookalikesIntro")}</p>
      <LookalikeList lookalikes={lookalikes} listPath="/redaktion/dienstleister" />
    </section>
  );
}
