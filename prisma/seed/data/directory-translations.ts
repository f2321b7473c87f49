// French and English versions of one demo advisor and one demo provider (issue 20), like
// programme-translations.ts: a translated profile to show, and every other one German with its note.
// Names are names in every language; a provider's references have no translations.

type Texts<F extends string> = Record<`${F}${"Fr" | "En"}`, string>;

/** By advisor slug (prisma/seed/demo/slugs.ts). */
export const advisorTranslations: Record<string, Texts<"jobTitle" | "summary" | "officeHours">> = {
  "sophie-reuter": {
    jobTitleFr: "Chargée de mission fonds européens et Grande Région",
    summaryFr:
      "Accompagne les entreprises dans leurs demandes de subventions européennes et leurs projets transfrontaliers avec des partenaires au Luxembourg, en Lorraine et en Belgique.",
    officeHoursFr: "Du mardi au jeudi, de 9 h à 15 h",
    jobTitleEn: "Adviser on EU funding and the Greater Region",
    summaryEn: "Supports businesses with EU funding applications and cross-border projects with partners in Luxembourg, Lorraine and Belgium.",
    officeHoursEn: "Tuesday to Thursday, 9 am to 3 pm",
  },
};

/** By provider slug; the descriptions are rich text like the German ones. */
export const providerTranslations: Record<string, Texts<"summary" | "description">> = {
  "porta-data-analytics": {
    summaryFr: "Analyse de données et prototypes d’IA pour les PME, la logistique et la santé – issus de l’environnement des universités de Trèves.",
    descriptionFr:
      "<p>L’équipe de Porta Data Analytics vient de l’informatique et de la statistique de l’université de Trèves. Elle aide les entreprises à exploiter leurs données : prévisions de ventes, contrôle qualité par traitement d’images ou analyses pour la planification des tournées.</p>" +
      "<p>Les projets commencent par un court atelier sur les données, suivi d’un prototype en quelques semaines. Sur demande, l’équipe accompagne aussi les demandes de subventions pour des chèques IA et des projets de recherche.</p>",
    summaryEn: "Data analysis and AI prototypes for small and medium-sized businesses, logistics and healthcare – from the circle of Trier’s universities.",
    descriptionEn:
      "<p>The Porta Data Analytics team comes from computer science and statistics at Trier University. It helps businesses put their data to use: sales forecasts, quality inspection with image processing, or analyses for route planning.</p>" +
      "<p>Projects start with a short data workshop, followed by a prototype within a few weeks. On request, the team also supports funding applications for AI vouchers and research projects.</p>",
  },
};
