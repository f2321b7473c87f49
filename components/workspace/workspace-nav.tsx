import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/(auth)/sign-out-action";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { buttonClass } from "@/components/ui/button";

const LINKS: { href: string; key: string; permission: Permission }[] = [
  { href: "/redaktion", key: "overview", permission: "editor.access" },
  { href: "/redaktion/foerderprogramme", key: "programmes", permission: "programme.update" },
  { href: "/redaktion/berater", key: "advisors", permission: "advisor.update" },
  { href: "/redaktion/dienstleister", key: "providers", permission: "provider.update" },
  { href: "/redaktion/veranstaltungen", key: "events", permission: "event.update" },
  { href: "/redaktion/initiativen", key: "initiatives", permission: "initiative.update" },
  { href: "/redaktion/aktuelles", key: "news", permission: "news.update" },
  { href: "/redaktion/organisationen", key: "organisations", permission: "organisation.manage" },
  { href: "/redaktion/themen", key: "taxonomy", permission: "taxonomy.manage" },
  { href: "/redaktion/foerder-check", key: "foerderCheck", permission: "editor.access" },
  { href: "/redaktion/import", key: "import", permission: "import.run" },
  { href: "/redaktion/pruefungen", key: "reviews", permission: "revision.review" },
  { href: "/redaktion/einladungen", key: "invitations", permission: "user.invite" },
  { href: "/redaktion/anmeldungen", key: "signups", permission: "revision.review" },
  { href: "/redaktion/postausgang", key: "outbox", permission: "editor.access" },
  { href: "/redaktion/protokoll", key: "audit", permission: "audit.readAll" },
  { href: "/redaktion/benutzer", key: "users", permission: "user.manage" },
  { href: "/redaktion/sicherheit", key: "security", permission: "security.read" },
  { href: "/redaktion/rueckmeldungen", key: "feedback", permission: "feedback.manage" },
  { href: "/redaktion/impressum", key: "legalNotice", permission: "legalNotice.manage" },
  { href: "/mein-profil", key: "ownProfile", permission: "profile.editOwn" },
];

/** The signed-in area's own navigation: only what this account may use, plus account and sign-out. */
export async function WorkspaceNav({ actor }: { actor: Actor }) {
  const t = await getTranslations("editor.nav");
  const links = LINKS.filter((link) => can(actor, link.permission));
  return (
    <div className="mb-8 border-b-2 border-line pb-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">{t("signedInAs", { name: actor.name })}</p>
        <div className="flex items-center gap-4">
          <Link href="/konto">{t("account")}</Link>
          <form action={signOutAction}>
            <button type="submit" className={buttonClass("secondary", "sm")}>
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      {links.length > 0 && (
        <nav aria-label={t("label")} className="mt-3">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="font-semibold">
                  {t(link.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
