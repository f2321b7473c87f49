import type { OrganisationContactSeed } from "./types";

// General contacts of the funding bodies, shown under "Kontakt beim Fördergeber" when a programme
// has no contact of its own. Contact pages follow the bodies' real URL patterns; e-mail addresses
// and phone numbers are made up (.example domains, 0000 blocks), so the demo reaches nobody.
const c = (email: string, phone: string, contactUrl?: string): OrganisationContactSeed => ({ email, phone, contactUrl });

export const organisationContacts: Record<string, OrganisationContactSeed> = {
  "eu-kommission": c("info@eu-kommission.example", "+49 30 0000-2280", "https://commission.europa.eu/about/contact_de"),
  "interreg-grossregion": c("kontakt@interreg-gr.example", "+33 387 0000-110", "https://www.interreg-gr.eu/de/kontakt/"),
  bundeswirtschaftsministerium: c("foerderberatung@bmwe.example", "+49 30 0000-1881", "https://www.bundeswirtschaftsministerium.de/Navigation/DE/Service/Kontakt/kontakt.html"),
  bundesforschungsministerium: c("foerderberatung@bmftr.example", "+49 228 0000-8130", "https://www.bmftr.bund.de/DE/Service/Kontakt/kontakt_node.html"),
  bundesdigitalministerium: c("gigabit@bmds.example", "+49 30 0000-6100", "https://bmds.bund.de/service/kontakt"),
  bundesarbeitsministerium: c("info@bmas.example", "+49 30 0000-2210", "https://www.bmas.de/DE/Service/Kontakt/kontakt.html"),
  bafa: c("unternehmensberatung@bafa.example", "+49 6196 0000-908", "https://www.bafa.de/DE/Service/Kontakt/kontakt_node.html"),
  kfw: c("infocenter@kfw.example", "+49 69 0000-8000", "https://www.kfw.de/KfW-Konzern/Service/Kontakt/"),
  htgf: c("info@htgf.example", "+49 228 0000-2300", "https://www.htgf.de/de/kontakt/"),
  "innovationsausschuss-gba": c("innovationsfonds@g-ba.example", "+49 30 0000-6020", "https://innovationsfonds.g-ba.de/kontakt/"),
  "gkv-spitzenverband": c("pflege-digital@gkv-sv.example", "+49 30 0000-6500", "https://www.gkv-spitzenverband.de/service/kontakt/kontakt.jsp"),
  dsee: c("foerderung@dsee.example", "+49 3981 0000-456", "https://www.deutsche-stiftung-engagement-und-ehrenamt.de/kontakt/"),
  bundesbildungsministerium: c("aufstiegs-bafoeg@bmbfsfj.example", "+49 800 0000-223", "https://www.aufstiegs-bafoeg.de/de/kontakt-1720.html"),
  "isb-rlp": c("foerderberatung@isb.example", "+49 6131 0000-1333", "https://isb.rlp.de/service/kontakt.html"),
  "buergschaftsbank-rlp": c("info@bb-rlp.example", "+49 6131 0000-290", "https://www.bb-rlp.de/kontakt/"),
  "wirtschaftsministerium-rlp": c("poststelle@mwvlw.example", "+49 6131 0000-2100", "https://mwvlw.rlp.de/service/kontakt"),
  "bildungsministerium-rlp": c("poststelle@bm.example", "+49 6131 0000-4500", "https://bm.rlp.de/service/kontakt"),
  "innenministerium-rlp": c("digitale-kommune@mdi.example", "+49 6131 0000-3200", "https://mdi.rlp.de/service/kontakt"),
  "digitalministerium-rlp": c("digitalisierung@mastd.example", "+49 6131 0000-2050", "https://mastd.rlp.de/service/kontakt"),
  "wissenschaftsministerium-rlp": c("poststelle@mwg.example", "+49 6131 0000-1600", "https://mwg.rlp.de/service/kontakt"),
  "ihk-trier": c("service@ihk-trier.example", "+49 651 0000-777", "https://www.ihk.de/trier/kontakt"),
  "hwk-trier": c("betriebsberatung@hwk-trier.example", "+49 651 0000-240", "https://www.hwk-trier.de/kontakt"),
  "wfg-bitburg-pruem": c("info@wfg-bitburg-pruem.example", "+49 6561 0000-150", "https://www.bitburg-pruem.de/kontakt"),
  "digital-hub-region-trier": c("hallo@digitalhub-trier.example", "+49 651 0000-460"),
  "initiative-region-trier": c("info@region-trier.example", "+49 651 0000-310", "https://www.region-trier.de/kontakt/"),
  "hochschule-trier": c("transfer@hochschule-trier.example", "+49 651 0000-8270", "https://www.hochschule-trier.de/transfer/kontakt"),
  "universitaet-trier": c("gruendung@uni-trier.example", "+49 651 0000-3050", "https://www.uni-trier.de/forschung/gruendungsbuero/kontakt"),
  "lag-mosel": c("regionalmanagement@lag-mosel.example", "+49 6531 0000-155"),
  "lag-vulkaneifel": c("leader@lag-vulkaneifel.example", "+49 6592 0000-333"),
  "stadt-trier": c("wirtschaftsfoerderung@trier.example", "+49 651 0000-1810", "https://www.trier.de/rathaus-buerger-in/kontakt"),
  "stadt-wittlich": c("wirtschaft@wittlich.example", "+49 6571 0000-117", "https://www.wittlich.de/rathaus/kontakt"),
  "vg-konz": c("vereine@konz.example", "+49 6501 0000-230", "https://www.konz.de/rathaus/kontakt"),
  "kreis-trier-saarburg": c("kreisverwaltung@trier-saarburg.example", "+49 651 0000-715", "https://www.trier-saarburg.de/kontakt"),
  "kreis-vulkaneifel": c("wirtschaft@vulkaneifel.example", "+49 6592 0000-600", "https://www.vulkaneifel.de/kontakt"),
  "kreis-bernkastel-wittlich": c("info@bernkastel-wittlich.example", "+49 6571 0000-140", "https://www.bernkastel-wittlich.de/kontakt"),
};
