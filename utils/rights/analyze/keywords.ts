/**
 * Words (accent-folded, lower case) that mark roles, rights and sharing, in EN FR DE ES IT NL (+ some PT).
 * Source: shared/reference/privacy-contact-keywords.md. Every quantifier is bounded so no pattern backtracks
 * badly on hostile input.
 */
import type { PolicyRight } from './types';

/** Near an address: it is the DPO's. */
export const DPO_WORDS =
  /data protection officer|privacy officer|delegue(?:e)? a la protection des donnees|delegue(?:e)? a la protection|correspondant informatique et libertes|datenschutzbeauftragte|datenschutz-beauftragte|delegado de proteccion de datos|delegada de proteccion de datos|responsabile (?:della|per la) protezione dei dati|functionaris (?:voor (?:de )?)?gegevensbescherming|encarregado (?:da|de) protecao de dados|\b(?:dpo|dpd|rpd)\b/g;
/** Near an address: it is the controller's. */
export const CONTROLLER_WORDS =
  /data controller|\bcontroller\b|responsable (?:du|de|des) traitements?|\bverantwortliche[rn]?\b|verantwortliche stelle|\bverantwortlich\b|responsable del tratamiento|\bresponsable\b|titolare del trattamento|\btitolare\b|verwerkingsverantwoordelijke|\bverantwoordelijk\b|impressum|mentions legales|aviso legal|note legali/g;
/** Near an address: a processor or vendor — never the one to write to. Italian "responsabile del trattamento" is the processor. */
export const PROCESSOR_WORDS =
  /\bprocessors?\b|sous-traitants?|auftragsverarbeit|encargados? del tratamiento|responsabil[ei] del trattamento|\bverwerkers?\b|dienstanbieter|diensteanbieter|service provider|hosting provider|\bhoster\b|prestataire|proveedor de servicios|fornitore/g;
/** Near an address: "write here to exercise your rights". */
export const RIGHTS_EXERCISE_WORDS =
  /exercis(?:e|ing) (?:your|these|those|any of|such|the)|to exercise|rights? request|subject access|access request|make a (?:data protection )?(?:rights )?request|requests? to exercise|exercer (?:vos|ces|ses|les|vos droits)|pour exercer|exercice (?:de vos|des) droits|vous pouvez exercer|que vous pouvez exercer|vous adressant a|ihre rechte|betroffenenrechte|geltend (?:machen|gemacht)|ausubung|wenden sie sich|ejercer|ejercicio de|ejercitar|derechos arco|dirigiendose a|esercitare|esercizio dei diritti|istanza|uitoefenen|verzoek tot|uw rechten|sturen naar|droit d'acces|right of access|to make a request/g;
/** A right is granted only when one of these words is close ("the right to…", "droit de…"). */
export const RIGHT_WORDS = /\brights?\b|\bdroits?\b|\brechte?\b|betroffenenrechte|\bderechos?\b|\bdiritt[oi]\b|\brechten\b|\bdireitos?\b|\bentitled\b|\byou (?:can|may) (?:ask|request)|\bon request\b|\bsur demande\b|\bauf anfrage\b|\ba peticion\b|\bsu richiesta\b|\bop verzoek\b|\bvous pouvez\b|\bpuede\b|\bpuo\b/g;

export const RIGHT_PATTERNS: Record<PolicyRight, RegExp> = {
  access:
    /right (?:of|to) access|access (?:to )?your (?:personal )?(?:data|information)|request access|right to information|to access (?:the |your )?(?:personal )?(?:information|data)|droits? d'acces|acceder aux donnees|acces a vos donnees|auskunft|derechos? de acceso|\bacceso\b|diritt[oi] (?:di |d')accesso|accesso ai (?:tuoi |suoi )?dati|\binzage\b|\binzien\b|\bin te zien\b|(?:details|copy|copies) of (?:the |your )?personal (?:information|data)/g,
  rectification:
    /rectif|\bcorrect(?:ed|ion|ing)?\b|berichtig|rettific|\bre.{1,2}fica\b|corrig|correctie|aanpassen|\bcompleted or updated\b/g,
  erasure:
    /erasure|\bdelet(?:e|es|ed|ion|ing)\b|effacement|effacer|suppression|supprim|loschung|loschen|supresion|suprimir|cancelacion|cancellazione|\boblio\b|\boubli\b|verwijder|right to be forgotten/g,
  restriction:
    /restrict(?:ion)?|limitation du traitement|limiter (?:le|leur) traitement|droit a la limitation|einschrankung|\bsperren\b|\bsperrung\b|limitacion|limitazione|beperking/g,
  portability: /portabil|ubertragbarkeit|overdraagbaarheid|gegevensoverdra|transfer the personal (?:information|data) you gave/g,
  objection:
    /\bobject(?:ion)? to\b|right to object|\bobjection\b|\bopposition\b|\bopposer\b|\boppose\b|widerspruch|widersprech|oposicion|oponerse|opposizione|opporsi|opporti|bezwaar|recht van verzet|not to process your (?:personal )?(?:data|information)/g,
  withdraw_consent:
    /withdraw(?:al of)? (?:your |the |their )?consent|retir(?:er|ait)\b[^.;]{0,30}consentement|retrait (?:de votre |du )?consentement|widerruf(?:en)?\b(?!srecht)|retirar (?:el |su )?consentimiento|revocar (?:el |su )?consentimiento|revocacion del consentimiento|revoca(?:re)? (?:del |il )?consenso|toestemming[^.]{0,60}in te trekken|intrekking van (?:uw )?toestemming/g,
  automated_decision:
    /automated (?:individual )?decision|subjected to (?:automated|profiling)|decisions? automatisee|automatisierte[rn]? (?:einzel)?entscheidung|automatisierten? entscheidungsfindung|decisiones automatizadas|decisioni (?:basate unicamente su )?(?:trattamenti )?automatizzat|trattamenti automatizzati|geautomatiseerde besluitvorming|automatische besluitvorming/g,
  complaint:
    /lodge a complaint|complain to|complaint (?:with|to)|right to complain|make a complaint|\breclamation\b|\bplainte\b|beschwerde|\breclamacion\b|\breclamo\b|\bklacht\b|vulnerado/g,
  post_mortem:
    /after (?:your|his|her|their) death|apres (?:votre|son|leur) deces|post.mortem|directives? (?:anticipees |generales |particulieres )?(?:relatives|concernant)[^.]{0,120}(?:deces|mort|death)/g,
};

/** Rights named so explicitly that no "right" word needs to be near ("withdraw your consent", "portability"). */
export const SELF_EVIDENT_RIGHTS: ReadonlySet<PolicyRight> = new Set(['withdraw_consent', 'portability', 'post_mortem']);

/** A complaint counts only when a supervisory authority is named near it (not "complain to our shop"). */
export const AUTHORITY_WORDS =
  /supervisory|authorit|autorite|\bcnil\b|(?<![.\w])ico\b|commissioner|aufsichtsbehorde|landesbeauftragte|datenschutzbehorde|autoridad|\baepd\b|agencia espanola|\bgarante\b|autoriteit|toezichthouder/g;

export const PARTNER_WORDS =
  /\bpartners?\b|partenaires?|\bpartnern?\b|partnerunternehmen|socios comerciales|entidades|empresas colaboradoras|partner commerciali|zakenpartners?/;
export const SHARE_VERBS =
  /share|shared|sharing|forward|pass(?:ed)? on|\bpass\b|disclos|transfer|transmi|partag|communiqu|\bcede|cedid|cesion|weitergeb|weitergegeben|ubermittel|weitergabe|compart|comunica|condivi|trasmess|verstrek|\bdelen\b|gedeeld|doorgeg|sell|vend/;
export const NEGATION =
  /\b(?:not|never|no|nor|ne|n'|jamais|aucun|aucune|nicht|kein|keine|niemals|nunca|ningun|ninguna|non|mai|nessun|nessuna|niet|geen|nooit)\b/;

export const WEB_FORM_WORDS =
  /contact form|web ?form|online form|our form|formulaire de contact|formulaire en ligne|notre formulaire|page contact|kontaktformular|online-formular|formulario de contacto|formulario web|modulo di contatto|modulo online|contactformulier/g;
