// French and English versions of one demo event and one demo news item (issue 20), like
// programme-translations.ts: a translated page to show, and every other entry German with its note.

export const eventTranslations: Record<string, Record<"titleFr" | "summaryFr" | "descriptionFr" | "titleEn" | "summaryEn" | "descriptionEn", string>> = {
  "ki-sprechtag-ihk-trier": {
    titleFr: "Journée conseil IA : l’intelligence artificielle dans les PME",
    summaryFr: "Entretiens individuels et courts exposés sur les outils d’IA au bureau, dans la vente et dans la production.",
    descriptionFr:
      "<p>Lors de la journée conseil IA, des spécialistes de la chambre de commerce (IHK) de Trèves et du Mittelstand-Digital Zentrum répondent à vos questions sur l’utilisation de l’IA dans votre entreprise – de la rédaction de textes au contrôle qualité.</p>",
    titleEn: "AI consultation day: artificial intelligence in small and medium-sized businesses",
    summaryEn: "One-to-one talks and short presentations on AI tools in the office, in sales and in production.",
    descriptionEn:
      "<p>At the AI consultation day, experts from the Trier chamber of commerce (IHK) and the Mittelstand-Digital Zentrum answer your questions about using AI in your own business – from drafting texts to quality control.</p>",
  },
};

export const newsTranslations: Record<string, Record<"titleFr" | "summaryFr" | "bodyFr" | "titleEn" | "summaryEn" | "bodyEn", string>> = {
  "ki-sprechtag-anmeldung-offen": {
    titleFr: "Journée conseil IA de l’IHK : les inscriptions sont ouvertes",
    summaryFr: "Lors de la journée conseil IA, les entreprises peuvent poser leurs questions sur l’IA en entretien individuel. La date et l’inscription figurent sur la page de l’événement.",
    bodyFr:
      "<p>Les entreprises qui veulent essayer des outils d’IA peuvent s’inscrire à la journée conseil IA. Outre de courts exposés, des entretiens individuels sont proposés.</p>" +
      "<p>Le lieu, l’horaire et l’inscription figurent sur la page de l’événement.</p>",
    titleEn: "IHK AI consultation day: registration open",
    summaryEn: "At the AI consultation day, businesses can ask questions about using AI in one-to-one talks. Date and registration are on the event page.",
    bodyEn:
      "<p>Businesses that want to try AI tools can register for the AI consultation day. Besides short presentations there are one-to-one talks.</p>" +
      "<p>Place, time and registration are on the event page.</p>",
  },
};
