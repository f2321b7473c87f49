import { getTranslations } from "next-intl/server";
import { FactList } from "@/components/ui/fact-list";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import type { SignupDetail } from "@/lib/signup/queries";

/** Everything the sign-up proposes, as the editors need it to decide. */
export async function SignupFacts({ signup }: { signup: SignupDetail }) {
  const [t, form, facets] = await Promise.all([getTranslations("signup.review"), getTranslations("signup.form"), getTranslations("facets")]);
  const { data } = signup;
  const list = (values: string[], group: "service" | "industry") => (values.length ? values.map((v) => facets(`${group}.${v}`)).join(", ") : t("none"));
  return (
    <>
      <Section id="angaben" title={t("dataHeading")}>
        <FactList
          facts={[
            { label: form("name"), value: data.name },
            { label: form("postalCode"), value: data.postalCode },
            { label: form("town"), value: data.town },
            { label: form("region"), value: signup.regionName },
            { label: form("size"), value: facets(`companySize.${data.size}`) },
            { label: form("website"), value: data.website ?? t("none") },
            { label: form("services"), value: list(data.services, "service") },
            { label: form("industries"), value: list(data.industries, "industry") },
            { label: form("summary"), value: data.summary },
            { label: form("description"), value: <RichText text={data.description} /> },
          ]}
        />
      </Section>
      <Section id="kontakt" title={t("contactHeading")}>
        <FactList
          facts={[
            { label: form("contactName"), value: signup.contactName },
            { label: form("email"), value: signup.email },
            { label: form("phone"), value: data.phone ?? t("none") },
          ]}
        />
      </Section>
    </>
  );
}
