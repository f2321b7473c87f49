import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Lookalike } from "@/lib/import/lookalikes";

/** Listed providers a pending sign-up may duplicate, shown before the decision (issue 14, item 7). */
export async function SignupLookalikes({ lookalikes }: { lookalikes: Lookalike[] }) {
  if (lookalikes.length === 0) return null;
  const [t, ts, tp] = await Promise.all([getTranslations("signup.review"), getTranslations("editor.status"), getTranslations("editor.publishReview")]);
  return (
    <section aria-labelledby="anmeldung-dubletten" className="border-4 border-closed p-4" data-testid="signup-lookalikes">
      <h2 id="anmeldung-dubletten" className="text-xl font-bold">
        {t("lookalikesHeading")}
      </h2>
      <p className="mt-2">{t("lookalikesIntro")}</p>
      <ul className="mt-2 ml-6 list-disc">
        {lookalikes.map((other) => (
          <li key={other.id}>
            <Link href={`/redaktion/dienstleister/${other.id}`}>{other.title}</Link> ({ts(other.status)}
            {other.sameUrl ? `, ${tp("sameUrl")}` : ""})
          </li>
        ))}
      </ul>
    </section>
  );
}
