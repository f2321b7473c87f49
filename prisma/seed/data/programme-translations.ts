// French and English versions of some demo programmes (issue 20): enough to show both sides, a
// translated page and, on every other programme, the German text with its note.
export interface ProgrammeTranslationSeed {
  titleFr: string;
  summaryFr: string;
  descriptionFr: string;
  titleEn: string;
  summaryEn: string;
  descriptionEn: string;
}

const paragraphs = (...parts: string[]) => parts.join("\n\n");

export const programmeTranslations: Record<string, ProgrammeTranslationSeed> = {
  "isb-digiboost": {
    titleFr: "DigiBoost – subvention à la numérisation des petites entreprises",
    summaryFr: "Subvention du Land pour les petites entreprises qui investissent dans du matériel et des logiciels, des processus numériques ou la sécurité informatique.",
    descriptionFr: paragraphs(
      "DigiBoost s’adresse aux petites entreprises et aux entreprises artisanales de Rhénanie-Palatinat qui veulent franchir la prochaine étape de leur numérisation. Sont par exemple subventionnés les logiciels de gestion des stocks et des commandes, les boutiques en ligne, les équipements réseau et les mesures de protection contre les cyberattaques.",
      "La demande doit être déposée avant le début du projet. L’ISB examine le dossier et verse la subvention sur justificatif des dépenses.",
      "Conseil : un bref entretien avec le conseil en numérisation de la chambre de commerce (IHK) ou de la chambre des métiers aide à décrire le projet de façon à en montrer clairement l’utilité.",
    ),
    titleEn: "DigiBoost – digitalisation grant for small businesses",
    summaryEn: "A grant from the Land for small businesses investing in hardware and software, digital processes or IT security.",
    descriptionEn: paragraphs(
      "DigiBoost is for small businesses and craft enterprises in Rhineland-Palatinate that want to take the next step in digitalisation. It funds, for example, inventory and order management software, online shops, network equipment and protection against cyber attacks.",
      "The project must be applied for before it starts. ISB reviews the application and pays the grant once the expenses have been documented.",
      "Tip: a short talk with the digitalisation advisers of the chamber of commerce (IHK) or the chamber of crafts helps to describe the project so that its benefit is clear.",
    ),
  },
  "bafa-unternehmensberatung": {
    titleFr: "BAFA – aide au conseil aux entreprises pour les PME",
    summaryFr: "L’État fédéral prend en charge une partie des frais lorsqu’une petite entreprise se fait conseiller par une consultante ou un consultant, y compris sur des questions de numérisation.",
    descriptionFr: paragraphs(
      "Avec ce programme, le BAFA subventionne des conseils sur des questions économiques, financières, de personnel et d’organisation, y compris explicitement les processus numériques, la sécurité informatique ou de nouveaux canaux de vente.",
      "Avant la demande, un entretien d’information gratuit auprès d’un organisme régional, par exemple la chambre de commerce ou la chambre des métiers, est prévu. Ce n’est qu’ensuite que la demande est déposée et le conseil commandé.",
    ),
    titleEn: "BAFA – funding for business consulting for SMEs",
    summaryEn: "The federal government covers part of the cost when a small business gets help from a consultant, including on digitalisation.",
    descriptionEn: paragraphs(
      "Under this programme BAFA subsidises consulting on economic, financial, staffing and organisational questions, explicitly including digital processes, IT security and new sales channels.",
      "Before applying, a free information meeting with a regional body such as the chamber of commerce or the chamber of crafts is required. Only then is the application filed and the consultant commissioned.",
    ),
  },
};
