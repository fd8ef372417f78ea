/**
 * EU/EEA/UK/CH data-protection supervisory authorities (Art. 51 GDPR), for complaint letters (Art. 77).
 * Source: datenanfragen/data (CC0), via shared/reference/supervisory-authorities.tsv. Country: ISO 3166-1 alpha-2, lower case.
 */
export interface Authority {
  id: string;
  country: string;
  name: string;
  web: string;
  complaintPage?: string;
  email?: string;
  language?: string;
}

export const AUTHORITIES: readonly Authority[] = [
  {"id": "atdsb", "country": "at", "name": "Österreichische Datenschutzbehörde", "web": "https://www.dsb.gv.at/", "complaintPage": "https://www.formularservice.gv.at/site/fsrv/user/formular.aspx?pid=5a37966ab26c4489adc20dc53162fa4d&pn=Bf10e1134f601464e9b3835170de668bd", "email": "dsb@dsb.gv.at", "language": "de"},
  {"id": "beapd", "country": "be", "name": "Autorité de protection des données de Belgique, Gegevensbeschermingsautoriteit van België", "web": "https://www.dataprotectionauthority.be/", "complaintPage": "https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint", "email": "contact@apd-gba.be"},
  {"id": "bgcpdp", "country": "bg", "name": "Commission for Personal Data Protection Bulgaria", "web": "https://www.cpdp.bg", "email": "kzld@cpdp.bg", "language": "bg"},
  {"id": "chedoeb", "country": "ch", "name": "EDÖB – Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter", "web": "https://www.edoeb.admin.ch", "complaintPage": "https://www.edoeb.admin.ch/edoeb/de/home/der-edoeb/kontakt/kontaktformular.html", "language": "de"},
  {"id": "cydp", "country": "cy", "name": "Γραφείο Επιτρόπου Δεδομένων Προσωπικού Χαρακτήρα (Personal Data Commissioner of Cyprus)", "web": "http://www.dataprotection.gov.cy", "complaintPage": "https://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/All/2FBD2ACD407DEFE8C22582B9002E7019", "email": "commissioner@dataprotection.gov.cy", "language": "el"},
  {"id": "czcuooz", "country": "cz", "name": "Úřad pro ochranu osobních údajů (Czech Office for Personal Data Protection)", "web": "https://www.uoou.cz/", "email": "posta@uoou.cz", "language": "cs"},
  {"id": "debawueldb", "country": "de", "name": "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg", "web": "https://www.baden-wuerttemberg.datenschutz.de/", "complaintPage": "https://www.service-bw.de/onlineantraege/onlineantrag?processInstanceId=994719535", "email": "poststelle@lfdi.bwl.de", "language": "de"},
  {"id": "debaylda", "country": "de", "name": "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", "web": "https://www.lda.bayern.de/de/index.html", "complaintPage": "https://www.lda.bayern.de/de/beschwerde.html", "email": "poststelle@lda.bayern.de", "language": "de"},
  {"id": "debayldb", "country": "de", "name": "Der Bayerische Landesbeauftragte für den Datenschutz", "web": "https://www.datenschutz-bayern.de/", "complaintPage": "https://www.datenschutz-bayern.de/service/complaint.html", "email": "poststelle@datenschutz-bayern.de", "language": "de"},
  {"id": "deberlbdi", "country": "de", "name": "Berliner Beauftragte für Datenschutz und Informationsfreiheit", "web": "https://www.datenschutz-berlin.de", "complaintPage": "https://kontakt.datenschutz-berlin.de/", "email": "mailbox@datenschutz-berlin.de", "language": "de"},
  {"id": "debfdi", "country": "de", "name": "Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", "web": "https://www.bfdi.bund.de", "complaintPage": "https://formulare.bfdi.bund.de/lip/action/invoke.do?id=BfDIBeschwerde", "email": "poststelle@bfdi.bund.de", "language": "de"},
  {"id": "debralda", "country": "de", "name": "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg", "web": "https://www.lda.brandenburg.de", "complaintPage": "https://www.lda.brandenburg.de/lda/de/service/formulare-und-musterschreiben/beschwerdeformular/", "email": "poststelle@lda.brandenburg.de", "language": "de"},
  {"id": "debrelfdi", "country": "de", "name": "Die Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen", "web": "https://www.datenschutz.bremen.de/", "complaintPage": "https://www.datenschutz.bremen.de/wir-ueber-uns/online-meldungen/beschwerdeformular-15253", "email": "office@datenschutz.bremen.de", "language": "de"},
  {"id": "deekdbfd", "country": "de", "name": "Der Beauftragte für den Datenschutz der EKD", "web": "https://datenschutz.ekd.de", "complaintPage": "https://datenschutz.ekd.de/meldung-einer-beschwerde/", "email": "info@datenschutz.ekd.de", "language": "de"},
  {"id": "dehessbdi", "country": "de", "name": "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit", "web": "https://datenschutz.hessen.de/", "complaintPage": "https://datenschutz.hessen.de/service/beschwerde-uebermitteln", "email": "poststelle@datenschutz.hessen.de", "language": "de"},
  {"id": "dehmbbfdi", "country": "de", "name": "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit", "web": "https://datenschutz-hamburg.de/", "complaintPage": "https://datenschutz-hamburg.de/beschwerde/", "email": "mailbox@datenschutz.hamburg.de", "language": "de"},
  {"id": "dekathbayddsb", "country": "de", "name": "Diözesandatenschutzbeauftragter Bayerische Bistümer", "web": "", "email": "jjoachimski@eomuc.de", "language": "de"},
  {"id": "dekathdsz", "country": "de", "name": "Katholisches Datenschutzzentrum (KdöR)", "web": "https://www.katholisches-datenschutzzentrum.de/", "email": "info@kdsz.de", "language": "de"},
  {"id": "dekathffdsz", "country": "de", "name": "Katholisches Datenschutzzentrum Frankfurt/M. KdöR (Mittel- und Südwestdeutsche Bistümer)", "web": "https://www.kath-datenschutzzentrum-ffm.de/", "email": "info@kdsz-ffm.de", "language": "de"},
  {"id": "dekathnordddsb", "country": "de", "name": "Katholische Datenschutzaufsicht Nord für das Erzbistum Hamburg, die Bistümer Hildesheim und Osnabrück und das Bischöflich Münstersche Offizialat in Vechta i.O.", "web": "https://www.kdsa-nord.de/", "complaintPage": "https://www.kdsa-nord.de/beschwerde_einreichen", "email": "info@kdsa-nord.de", "language": "de"},
  {"id": "dekathostddsb", "country": "de", "name": "Kirchliche Datenschutzaufsicht der ostdeutschen Bistümer und des Katholischen Militärbischofs", "web": "https://www.kdsa-ost.de/", "complaintPage": "https://www.kdsa-ost.de/datenschutzbeschwerde.html", "email": "kontakt@kdsa-ost.de", "language": "de"},
  {"id": "demvldi", "country": "de", "name": "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern", "web": "https://www.datenschutz-mv.de/", "complaintPage": "https://www.datenschutz-mv.de/kontakt/online-beschwerdeformular-mitteilung-ueber-einen-datenschutzverstoss/", "email": "info@datenschutz-mv.de", "language": "de"},
  {"id": "dendslfd", "country": "de", "name": "Der Landesbeauftragte für den Datenschutz Niedersachsen", "web": "https://lfd.niedersachsen.de/startseite/", "complaintPage": "https://www.navo.niedersachsen.de/navo2/portal/csend/8915/fileget/dsbeschwerdeformular.html", "email": "poststelle@lfd.niedersachsen.de", "language": "de"},
  {"id": "denrwldi", "country": "de", "name": "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", "web": "https://www.ldi.nrw.de/", "email": "poststelle@ldi.nrw.de", "language": "de"},
  {"id": "derf", "country": "de", "name": "Der Rundfunkdatenschutzbeauftragte", "web": "https://www.mdr.de/rundfunkdatenschutz/index.html", "complaintPage": "https://www.mdr.de/rundfunkdatenschutz/buerger-innen/beschwerden/index.html", "email": "kontakt@rundfunkdatenschutz.de"},
  {"id": "derfdw", "country": "de", "name": "Rundfunkdatenschutzbeauftragter Deutsche Welle", "web": "https://www.dw.com/de/datenschutzbericht/a-16130989", "email": "datenschutz@dw.com"},
  {"id": "derlpbdi", "country": "de", "name": "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz", "web": "https://www.datenschutz.rlp.de", "complaintPage": "https://www.datenschutz.rlp.de/de/themenfelder-themen/online-services/beschwerdeformular/", "email": "poststelle@datenschutz.rlp.de", "language": "de"},
  {"id": "desaarudz", "country": "de", "name": "Unabhängiges Datenschutzzentrum Saarland", "web": "https://datenschutz.saarland.de/", "complaintPage": "https://www.datenschutz.saarland.de/online-dienste/beschwerdeformular", "email": "poststelle@datenschutz.saarland.de", "language": "de"},
  {"id": "desaechsdsb", "country": "de", "name": "Sächsische Datenschutz- und Transparenzbeauftragte", "web": "https://www.datenschutz.sachsen.de", "complaintPage": "https://formulare.datenschutz.sachsen.de/form/provide/53/", "email": "post@sdtb.sachsen.de", "language": "de"},
  {"id": "desalbd", "country": "de", "name": "Landesbeauftragter für den Datenschutz Sachsen-Anhalt", "web": "https://datenschutz.sachsen-anhalt.de", "complaintPage": "https://datenschutz.sachsen-anhalt.de/service/online-formulare/beschwerde-anfrage", "email": "poststelle@lfd.sachsen-anhalt.de", "language": "de"},
  {"id": "deshuld", "country": "de", "name": "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein", "web": "https://www.datenschutzzentrum.de/", "complaintPage": "https://www.datenschutzzentrum.de/formular/beschwerde.php", "email": "mail@datenschutzzentrum.de", "language": "de"},
  {"id": "detlfdi", "country": "de", "name": "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit", "web": "https://www.tlfdi.de", "email": "poststelle@datenschutz.thueringen.de", "language": "de"},
  {"id": "dkdi", "country": "dk", "name": "Datatilsynet (Data Inspectorate of Denmark)", "web": "https://www.datatilsynet.dk/", "email": "dt@datatilsynet.dk", "language": "da"},
  {"id": "eeaki", "country": "ee", "name": "Andmekaitse Inspektsioon (Estonian Data Protection Inspectorate)", "web": "http://www.aki.ee/", "email": "info@aki.ee", "language": "et"},
  {"id": "esaepa", "country": "es", "name": "Agencia Española de Protección de Datos (Spanish Agency for Data Protection)", "web": "https://www.aepd.es/", "complaintPage": "https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesCiudadano.jsf", "language": "es"},
  {"id": "fitst", "country": "fi", "name": "Tietosuojavaltuutetun toimisto (Office of the Data Protection Ombudsman of Finland)", "web": "https://tietosuoja.fi", "complaintPage": "https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle", "email": "tietosuoja@om.fi", "language": "fi"},
  {"id": "frcnil", "country": "fr", "name": "Commission Nationale de l'Informatique et des Libertés – CNIL (French National Commission on Informatics and Liberty)", "web": "https://www.cnil.fr/", "complaintPage": "https://www.cnil.fr/fr/plaintes", "language": "fr"},
  {"id": "gbico", "country": "gb", "name": "The Information Commissioner’s Office", "web": "https://ico.org.uk/", "complaintPage": "https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/", "language": "en"},
  {"id": "grdpa", "country": "gr", "name": "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Hellenic Data Protection Authority)", "web": "https://www.dpa.gr/", "email": "complaints@dpa.gr", "language": "el"},
  {"id": "hrazop", "country": "hr", "name": "Agencija za zaštitu osobnih podataka (Croatian Personal Data Protection Agency)", "web": "https://azop.hr/", "complaintPage": "https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/", "email": "azop@azop.hr", "language": "hr"},
  {"id": "hunaih", "country": "hu", "name": "Nemzeti Adatvédelmi és Információszabadság Hatóság (Hungarian National Authority for Data Protection and Freedom of Information)", "web": "https://www.naih.hu/", "email": "ugyfelszolgalat@naih.hu", "language": "hu"},
  {"id": "iedpc", "country": "ie", "name": "Irish Data Protection Commission", "web": "https://www.dataprotection.ie", "complaintPage": "https://forms.dataprotection.ie/contact", "email": "info@dataprotection.ie", "language": "en"},
  {"id": "isdpa", "country": "is", "name": "Persónuvernd (Icelandic Data Protection Authority)", "web": "https://www.personuvernd.is/", "email": "postur@personuvernd.is", "language": "is"},
  {"id": "itgpdp", "country": "it", "name": "Garante per la protezione dei dati personali (Italian Data Protection Authority)", "web": "https://www.garanteprivacy.it/", "email": "protocollo@pec.gpdp.it", "language": "it"},
  {"id": "lidss", "country": "li", "name": "Datenschutzstelle (DSS) Fürstentum Liechtenstein", "web": "https://www.datenschutzstelle.li/", "complaintPage": "http://formulare.llv.li/formserver_DSS/start.do?generalid=DSS_BF", "email": "info.dss@llv.li", "language": "de"},
  {"id": "ltada", "country": "lt", "name": "Valstybinė duomenų apsaugos inspekcija (State Data Protection Inspectorate of Lithuania)", "web": "https://vdai.lrv.lt/", "email": "ada@ada.lt", "language": "lt"},
  {"id": "lucnpd", "country": "lu", "name": "Commission nationale pour la protection des données (National Commission for Data Protection, Grand-Duchy of Luxembourg)", "web": "https://cnpd.public.lu", "complaintPage": "https://cnpd.public.lu/en/particuliers/faire-valoir/formulaire-plainte.html", "email": "info@cnpd.lu"},
  {"id": "lvdvi", "country": "lv", "name": "Datu valsts inspekcija (Data State Inspectorate of Latvia)", "web": "https://www.dvi.gov.lv/", "email": "pasts@dvi.gov.lv", "language": "lv"},
  {"id": "mtidpc", "country": "mt", "name": "Office of the Information and Data Protection Commissioner of Malta", "web": "https://idpc.org.mt", "complaintPage": "https://register.idpc.org.mt/report-breach/complaint/", "email": "idpc.info@idpc.org.mt", "language": "en"},
  {"id": "nlap", "country": "nl", "name": "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)", "web": "https://autoriteitpersoonsgegevens.nl", "complaintPage": "https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten", "email": "info@autoriteitpersoonsgegevens.nl", "language": "nl"},
  {"id": "nods", "country": "no", "name": "Datatilsynet (Norwegian Data Protection Authority)", "web": "https://www.datatilsynet.no/", "email": "postkasse@datatilsynet.no", "language": "no"},
  {"id": "plgiodo", "country": "pl", "name": "UODO – Urząd Ochrony Danych Osobowych (Personal Data Protection Office of Poland)", "web": "https://www.uodo.gov.pl/", "email": "kancelaria@uodo.gov.pl", "language": "pl"},
  {"id": "ptcnpd", "country": "pt", "name": "CNPD – Comissão Nacional de Protecção de Dados", "web": "https://www.cnpd.pt", "email": "geral@cnpd.pt", "language": "pt"},
  {"id": "roanspdcp", "country": "ro", "name": "Autoritatea Naţională de Supraveghere a Prelucrării Datelor cu Caracter Personal (The National Supervisory Authority For Personal Data Processing of Romania)", "web": "https://www.dataprotection.ro/", "complaintPage": "https://www.dataprotection.ro/index.jsp?page=Plangeri_pagina_principala", "email": "anspdcp@dataprotection.ro"},
  {"id": "sedi", "country": "se", "name": "Integritetsskyddsmyndigheten (Swedish Data Protection Authority)", "web": "https://www.imy.se/", "email": "imy@imy.se", "language": "sv"},
  {"id": "siiprs", "country": "si", "name": "Informacijski pooblaščenec (Information Commissioner of the Republic of Slovenia)", "web": "https://www.ip-rs.si/", "email": "gp.ip@ip-rs.si", "language": "sl"},
  {"id": "skunoou", "country": "sk", "name": "Úrad na ochranu osobných údajov Slovenskej republiky (Office for Personal Data Protection of the Slovak Republic)", "web": "https://dataprotection.gov.sk/uoou/", "email": "statny.dozor@pdp.gov.sk", "language": "sk"},
];

/** Germany has one authority per state plus church and broadcasting ones; the federal one takes any complaint and forwards it. */
const PRIMARY: Record<string, string> = { de: 'debfdi' };

/** The authority a person or company in `country` complains to, or null when the country has none listed (outside the EEA). */
export function authorityFor(country: string | null | undefined): Authority | null {
  if (!country) return null;
  const code = country.toLowerCase();
  const id = PRIMARY[code];
  return AUTHORITIES.find((a) => (id ? a.id === id : a.country === code)) ?? null;
}
