import type { Db } from "@/lib/db/client";

// The operator's real values are entered in /redaktion/impressum. The seed only fills an empty
// row, never one an editor saved; values it cannot know say so ("Demo-Angabe").
const DEMO = "(Demo-Angabe)";

export async function seedLegalNotice(db: Db) {
  await db.legalNotice.upsert({
    where: { id: "site" },
    update: {},
    create: {
      id: "site",
      organisationName: "Initiative Region Trier",
      legalForm: "eingetragener Verein (e. V.)",
      street: "Domfreihof 1a",
      postalCode: "54290",
      town: "Trier",
      representedBy: `Der Vorstand nach § 26 BGB: Vorsitz und stellvertretender Vorsitz ${DEMO}`,
      email: "kontakt@region-trier.example",
      // a phone field holds only digits and separators; the placeholder number is visibly one
      phone: "+49 651 000000-0",
      registerCourt: `Amtsgericht Wittlich ${DEMO}`,
      registerNumber: `VR 0000 ${DEMO}`,
      vatId: null,
      responsibleName: `Geschäftsführung der Initiative Region Trier e. V. ${DEMO}`,
      responsibleAddress: "Domfreihof 1a, 54290 Trier",
      signLanguageVideoUrl: null,
      signLanguageCaptionsUrl: null,
    },
  });
}
