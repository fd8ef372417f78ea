/**
 * The words of consent dialogs in English, French, German, Spanish, Italian and Dutch, over text already
 * passed through normalizeLabel (lower case, accents folded, punctuation → spaces).
 */

/** Cookies or trackers named as such. */
export const COOKIE_WORDS = /\b(?:cookies?|traceurs?|trackers?|tracking technolog\w*)\b/;

/** What a consent notice speaks of besides cookies: consent, privacy, data, partners, purposes, the site, the experience. */
export const CONTEXT_WORDS =
  /\b(?:consent\w*|consentement|consentimiento|consenso|einwillig\w*|zustimm\w*|toestemming|privacy|privacidad|riservatezza|datenschutz\w*|confidentialite|vie privee|donnees|data|daten|datos|dati|gegevens|partners?|partenaires?|socios|terze parti|terceros|derden|drittanbieter\w*|third part\w*|purposes?|finalites?|zwecke?n?|finalidad\w*|finalita|doeleinden|websites?|site|sites|webseite|website|sitio|sito|experience|experiencia|esperienza|ervaring|navigation|navegacion|navigazione|browsing|device|appareil|gerat|dispositivo|apparaat|analy\w*|statisti\w*|advertis\w*|publicit\w*|pubblicit\w*|werbung|marketing)\b/;

/** A consent notice that does not say "cookie" still says consent and privacy or data. */
export const CONSENT_WORDS = /\b(?:consent\w*|consentement|consentimiento|consenso|einwillig\w*|toestemming)\b/;
export const PRIVACY_WORDS =
  /\b(?:privacy|privacidad|riservatezza|datenschutz\w*|confidentialite|vie privee|personal data|donnees personnelles|personenbezogene daten|datos personales|dati personali|persoonsgegevens|partners?|partenaires?|purposes|finalites)\b/;

/** Dialogs that are something else: newsletter, sign-in (unless they also speak of cookies). */
export const OTHER_DIALOG_WORDS =
  /\b(?:newsletter\w*|subscribe|abonn\w*|suscrib\w*|iscriviti|inschrijven|sign in|log in|login|connexion|anmelden|iniciar sesion|accedi|inloggen|password|mot de passe|passwort|contrasena|wachtwoord)\b/;

/** Age gates, even those that mention cookies: "accepting" one would claim an age for the person. */
export const AGE_WORDS =
  /\b(?:date of birth|date de naissance|geburtsdatum|fecha de nacimiento|data di nascita|geboortedatum|years old|legal (?:drinking )?age|age legal|majeur|volljahrig|mayor de edad|maggiorenne|meerderjarig|age verification|verification de l age|altersverifikation|altersprufung|(?:over|plus de|uber|mas de|piu di|ouder dan) 1[89]|1[89] (?:years|ans|jahre|anos|anni|jaar)|1[89] or (?:older|over))\b/;
