import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { can } from "@/lib/auth/permissions";
import { getOrganisationForEdit } from "@/lib/organisation/queries";
import { usesOf } from "@/lib/organisation/uses";
import { OrganisationForm } from "../_components/organisation-form";
import { DeleteOrganisation } from "../_components/delete-organisation";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("editorOverview.organisations");
  const { id } = await params;
  const organisation = await readForMetadata((actor) => getOrganisationForEdit(actor, id));
  if (!organisation) return notFoundMetadata();
  return { title: t("editTitle", { name: organisation.name }), description: t("intro") };
}

export default async function EditOrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("organisation.manage", `/redaktion/organisationen/${id}`);
  const [t, organisation, query] = await Promise.all([getTranslations("editorOverview.organisations"), getOrganisationForEdit(actor, id), searchParams]);
  if (!organisation) return <InPageNotFound />;
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href="/redaktion/organisationen">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("editTitle", { name: organisation.name })}</h1>
      {query.angelegt === "1" && (
        <div role="status" className="border-l-8 border-open bg-green-50 p-4">
          <p className="font-bold">{t("created")}</p>
        </div>
      )}
      <p>
        {t("usage", usesOf(organisation))}{" "}
        {can(actor, "audit.readAll") && <Link href={`/redaktion/protokoll?typ=organisation&eintrag=${organisation.id}`}>{t("history")}</Link>}
      </p>
      <OrganisationForm organisation={organisation} />
      <DeleteOrganisation organisation={organisation} />
    </div>
  );
}
