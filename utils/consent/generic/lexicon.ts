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

/** "Reject all", "continue without accepting", "only necessary", "refuse" and their equivalents. Checked first. */
export const REJECT_WORDS = new RegExp(
  '\\b(?:' +
    [
      'reject\\w*', 'decline\\w*', 'refuse\\w*', 'deny', 'disagree', 'opt out', 'no thanks',
      'do not (?:accept|agree|consent)', 'don t (?:accept|agree)', 'dont (?:accept|agree)', 'without (?:accept\\w*|agree\\w*|consent\\w*)',
      '(?:only|just) (?:the )?(?:strictly )?(?:necessary|essential|required|functional)', '(?:necessary|essential|required) (?:cookies )?only',
      'refus\\w*', 'sans accepter', 'ne pas accepter', 'non merci', 'je n accepte pas',
      'uniquement (?:les )?(?:cookies )?(?:strictement )?(?:necessaires|essentiels)', '(?:necessaires|essentiels) uniquement', 'seulement (?:les )?(?:cookies )?necessaires',
      'ablehnen', 'lehne\\w* ab', 'verweiger\\w*', 'nicht (?:akzeptieren|zustimmen|einverstanden)', 'ohne (?:zustimmung|einwilligung|akzeptieren)',
      'nur (?:die )?(?:technisch )?(?:notwendige|essenzielle|essentielle|erforderliche)\\w*',
      'rechaz\\w*', 'denegar', 'no acepto', 'no aceptar', 'sin aceptar', 'solo (?:las )?(?:cookies )?(?:necesarias|tecnicas|esenciales)',
      'rifiut\\w*', 'nega', 'non accetto', 'senza accettare', 'solo (?:i )?(?:cookie )?(?:necessari|tecnici|essenziali)',
      'weiger\\w*', 'afwijzen', 'wijs af', 'niet (?:accepteren|akkoord)', 'zonder (?:te )?accepteren', 'alleen (?:noodzakelijke|functionele|essentiele)\\w*', 'nee bedankt',
    ].join('|') +
    ')\\b',
);

/** "Save my choices", "accept selection": what confirms a settings view. Checked after reject and accept-all. */
export const SAVE_WORDS = new RegExp(
  '\\b(?:' +
    [
      'save\\w*', 'confirm\\w*', 'submit', 'accept (?:the )?(?:selected|selection|my choices|current)', 'allow (?:the )?selection',
      'enregistrer', 'sauvegarder', 'valider', 'confirmer', 'accepter (?:la |ma |mes )?(?:selection|choix)',
      'speichern', 'bestatigen', 'auswahl (?:akzeptieren|erlauben|bestatigen|speichern|zulassen)',
      'guardar', 'confirmar', 'aceptar (?:la )?seleccion', 'salva\\w*', 'conferma\\w*', 'accetta (?:la )?selezione',
      'opslaan', 'bevestig\\w*', 'keuze (?:opslaan|bevestigen)', 'selectie toestaan',
    ].join('|') +
    ')\\b',
);

/** What opens the settings view. */
export const SETTINGS_WORDS =
  /\b(?:settings?|preferences?|customi[sz]\w*|manage\w*|options?|configur\w*|choose|let me choose|parametr\w*|parametres|personnaliser|gerer|choisir|einstellung\w*|anpassen|verwalten|optionen|individuell\w*|auswahl|personalizar|gestion\w*|preferencias|opciones|ajustes|impostazioni|personalizza\w*|gestisci|preferenze|opzioni|scegli|instellingen|aanpassen|beheren|voorkeuren|opties|zelf kiezen)\b/;

export const ACCEPT_WORDS =
  /\b(?:accept\w*|agree|allow\w*|ok|okay|got it|i understand|understood|j accepte|d accord|autoriser|akzeptier\w*|zustimm\w*|einverstanden|erlauben|zulassen|acept\w*|permitir|de acuerdo|accett\w*|consenti\w*|va bene|akkoord|toestaan|sta toe)\b/;

/** "Accept ALL": an accept that also grants what the person may have unticked. */
export const ALL_WORDS = /\b(?:all|everything|alle|tout|tous|toutes|todo|todas|todos|tutti|tutto|alles)\b/;
