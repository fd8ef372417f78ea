/** Button words in the six languages, over normalizeLabel text; only the thorough detector and the executor need them. */

/** "Reject all", "continue without accepting", "only necessary", "refuse" and their equivalents. Checked first. */
export const REJECT_PHRASES = [
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
];

/** "Save my choices", "accept selection": what confirms a settings view. Checked after reject and accept-all. */
export const SAVE_PHRASES = [
  'save\\w*', 'confirm\\w*', 'submit', 'accept (?:the )?(?:selected|selection|my choices|current)', 'allow (?:the )?selection',
  'enregistrer', 'sauvegarder', 'valider', 'confirmer', 'accepter (?:la |ma |mes )?(?:selection|choix)',
  'speichern', 'bestatigen', 'auswahl (?:akzeptieren|erlauben|bestatigen|speichern|zulassen)',
  'guardar', 'confirmar', 'aceptar (?:la )?seleccion', 'salva\\w*', 'conferma\\w*', 'accetta (?:la )?selezione',
  'opslaan', 'bevestig\\w*', 'keuze (?:opslaan|bevestigen)', 'selectie toestaan',
];

/** What opens the settings view. */
export const SETTINGS_WORDS =
  /\b(?:settings?|preferences?|customi[sz]\w*|manage\w*|options?|configur\w*|choose|let me choose|parametr\w*|parametres|personnaliser|gerer|choisir|einstellung\w*|anpassen|verwalten|optionen|individuell\w*|auswahl|personalizar|gestion\w*|preferencias|opciones|ajustes|impostazioni|personalizza\w*|gestisci|preferenze|opzioni|scegli|instellingen|aanpassen|beheren|voorkeuren|opties|zelf kiezen)\b/;

export const ACCEPT_WORDS =
  /\b(?:accept\w*|agree|allow\w*|ok|okay|got it|i understand|understood|j accepte|d accord|autoriser|akzeptier\w*|zustimm\w*|einverstanden|erlauben|zulassen|acept\w*|permitir|de acuerdo|accett\w*|consenti\w*|va bene|akkoord|toestaan|sta toe)\b/;

/** "Accept ALL": an accept that also grants what the person may have unticked. */
export const ALL_WORDS = /\b(?:all|everything|alle|tout|tous|toutes|todo|todas|todos|tutti|tutto|alles)\b/;
