// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { buttonKind, findConsentDialog, isAboutConsent, quickCheck, rejectReason } from '../../utils/consent/generic';
import { navigatesAway } from '../../utils/consent/generic/buttons';
import { normalizeLabel } from '../../utils/consent/classifier';
import { markupLayout, page } from './generic-helpers';

const probe = markupLayout;

describe('buttonKind: consent buttons in six languages', () => {
  const table: [string, ReturnType<typeof buttonKind>][] = [
    ['Reject all', 'reject'], ['Decline', 'reject'], ['Use necessary cookies only', 'reject'], ['Only essential cookies', 'reject'],
    ['Continue without accepting', 'reject'], ["Don't accept", 'reject'], ['Accept only necessary', 'reject'],
    ['Tout refuser', 'reject'], ['Continuer sans accepter →', 'reject'], ['Je refuse', 'reject'], ['Non merci', 'reject'],
    ['Alle ablehnen', 'reject'], ['Nur notwendige Cookies', 'reject'], ['Nur essenzielle Cookies akzeptieren', 'reject'],
    ['Rechazar todo', 'reject'], ['Solo las necesarias', 'reject'], ['Continuar sin aceptar', 'reject'],
    ['Rifiuta tutto', 'reject'], ['Continua senza accettare', 'reject'], ['Solo cookie necessari', 'reject'],
    ['Alles weigeren', 'reject'], ['Alleen noodzakelijke cookies', 'reject'], ['Afwijzen', 'reject'],
    ['Accept all', 'acceptAll'], ['Tout accepter', 'acceptAll'], ['Alle akzeptieren', 'acceptAll'], ['Aceptar todo', 'acceptAll'],
    ['Accetta tutti', 'acceptAll'], ['Alles accepteren', 'acceptAll'], ['Allow all cookies', 'acceptAll'],
    ['Save my choices', 'save'], ['Enregistrer mes préférences', 'save'], ['Auswahl speichern', 'save'], ['Guardar preferencias', 'save'],
    ['Salva le preferenze', 'save'], ['Voorkeuren opslaan', 'save'], ['Confirm my choices', 'save'], ['Allow selection', 'save'],
    ['Cookie settings', 'settings'], ['Personnaliser', 'settings'], ['Paramétrer les cookies', 'settings'], ['Einstellungen', 'settings'],
    ['Configurar', 'settings'], ['Personalizza', 'settings'], ['Instellingen', 'settings'], ['Manage preferences', 'settings'],
    ['Accept', 'accept'], ['OK', 'accept'], ["J'accepte", 'accept'], ['Akzeptieren', 'accept'], ['Got it', 'accept'],
    ['Subscribe', null], ['Read more', null], ['Sign in', null], ['', null],
  ];
  it.each(table)('%s → %s', (label, kind) => expect(buttonKind(label)).toBe(kind));
});

describe('navigatesAway', () => {
  it('keeps in-page link-buttons and drops links to other pages', () => {
    page(`<a id=a href="#">x</a><a id=b href="javascript:void(0)">x</a><a id=c>x</a><a id=d href="/privacy">x</a>
      <a id=e href="#" target="_blank">x</a><form action="/login"><button id=f>x</button><button id=g type=button>x</button></form>`);
    const away = (id: string) => navigatesAway(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(away)).toEqual([false, false, false, true, true, true, false]);
  });
});

describe('isAboutConsent', () => {
  const about = (text: string) => isAboutConsent(normalizeLabel(text));
  it('takes cookie notices in six languages', () => {
    expect(about('We use cookies to improve your experience on our website.')).toBe(true);
    expect(about('Ce site utilise des cookies et des traceurs pour mesurer l’audience.')).toBe(true);
    expect(about('Wir verwenden Cookies, um unsere Webseite zu verbessern.')).toBe(true);
    expect(about('Utilizamos cookies propias y de terceros para analizar la navegación.')).toBe(true);
    expect(about('Questo sito utilizza cookie per migliorare la tua esperienza.')).toBe(true);
    expect(about('Wij gebruiken cookies om onze website te verbeteren.')).toBe(true);
    expect(about('With your consent, we and our partners process personal data.')).toBe(true);
  });
  it('leaves recipes, newsletters and logins', () => {
    expect(about('Chewy chocolate chip cookies: the best cookies ever. Bake 12 minutes.')).toBe(false);
    expect(about('Subscribe to our newsletter for weekly recipes.')).toBe(false);
    expect(about('I agree to the terms of service')).toBe(false);
  });
});

const BANNER = `<div id=banner style="position: fixed; bottom: 0">
  <p>We use cookies to measure audience and show ads. See our <a href="/privacy">privacy policy</a>.</p>
  <button>Accept all</button><button>Reject all</button><button>Customize</button></div>`;

describe('findConsentDialog', () => {
  it('finds a fixed cookie banner with consent buttons', () => {
    page(`<main><h1>Shop</h1></main>${BANNER}`);
    expect(findConsentDialog(document, { probe })?.id).toBe('banner');
  });
  it('finds the fixed box around a candidate, and a <dialog>', () => {
    page(`<div style="position: fixed"><div class="cc-inner"><p>Nous utilisons des cookies sur ce site.</p><button>Tout refuser</button></div></div>`, 'fr');
    expect(findConsentDialog(document, { probe })?.getAttribute('style')).toContain('fixed');
    page(`<div><dialog open id=d><p>Wir verwenden Cookies auf unserer Webseite.</p><button>Alle ablehnen</button></dialog></div>`, 'de');
    expect(findConsentDialog(document, { probe })?.id).toBe('d');
  });
  it('ignores a hidden banner', () => {
    page(BANNER.replace('position: fixed;', 'position: fixed; display: none;'));
    expect(findConsentDialog(document, { probe })).toBeNull();
  });
  it('ignores a cookie-recipe article with Accept/Reject buttons in its content', () => {
    page(`<header style="position: sticky; top: 0"><a href="/">Cookie Corner</a></header>
      <article class="cookie-recipe"><h1>The best chocolate chip cookies</h1><p>These cookies are soft. This site has many recipes.</p>
      <p>Take the cookie challenge?</p><button>Accept</button><button>Reject</button></article>`);
    expect(findConsentDialog(document, { probe })).toBeNull();
  });
  it('ignores a newsletter modal, a login form and an age gate', () => {
    page(`<div id=n role=dialog style="position: fixed"><h2>Newsletter</h2><p>Subscribe: we respect your privacy and your consent.</p>
      <input type=email><button>Subscribe</button><button>No thanks</button></div>`);
    expect(findConsentDialog(document, { probe })).toBeNull();
    expect(rejectReason(document.getElementById('n')!, probe)).toBe('asks for input (newsletter, login, age)');
    page(`<div role=dialog style="position: fixed"><h2>Sign in</h2><input name=user><input type=password>
      <label><input type=checkbox> I agree to the terms and the privacy policy</label><button>Accept and sign in</button></div>`);
    expect(findConsentDialog(document, { probe })).toBeNull();
    page(`<div id=g style="position: fixed"><h2>Are you over 18?</h2><p>You must be of legal age to enter this site.</p>
      <button>Yes, enter</button><button>No, leave</button></div>`);
    expect(findConsentDialog(document, { probe })).toBeNull();
    page(`<div id=g style="position: fixed"><h2>Are you 18 or older?</h2><p>By entering this site you accept our use of cookies.</p>
      <button>Yes, I accept</button><button>No</button></div>`);
    expect(rejectReason(document.getElementById('g')!, probe)).toBe('an age gate');
  });
  it('needs consent buttons, not only a policy link', () => {
    page(`<div style="position: fixed"><p>We use cookies on this site.</p><a href="/cookies">Learn more</a></div>`);
    expect(findConsentDialog(document, { probe })).toBeNull();
  });
});

describe('quickCheck', () => {
  it('is true when a notice appears anywhere, then false until something new appears', () => {
    page(`<main><h1>Recipes</h1><p>Butter, sugar, flour.</p></main>`);
    expect(quickCheck(document)).toBe(false);
    const host = document.createElement('div');
    host.innerHTML = '<p>We use cookies to improve your experience.</p><button>OK</button>';
    document.querySelector('main')!.append(host); // deep inside: its own observer reports it
    expect(quickCheck(document)).toBe(true);
    expect(quickCheck(document)).toBe(false);
    const text = document.createElement('p');
    text.textContent = 'Our cookies on this site are the best.'; // about cookies, but nothing to click
    document.body.append(text);
    expect(quickCheck(document)).toBe(false);
  });
  it('relies on the caller\'s added nodes when it passes them (no second observer)', () => {
    const doc = new Window().document as unknown as Document;
    expect(doc.defaultView?.MutationObserver).toBeDefined(); // it could observe, and must not
    doc.body.innerHTML = '<main><p>Recipes</p></main>';
    expect(quickCheck(doc, [])).toBe(false);
    const host = doc.createElement('div');
    host.innerHTML = '<p>We use cookies on this website.</p><button>Reject all</button>';
    doc.querySelector('main')!.append(host);
    expect(quickCheck(doc, [])).toBe(false);
    expect(quickCheck(doc, [host])).toBe(true);
  });
  it('looks inside a big subtree added at once for its likely dialogs', () => {
    page(`<div id=app></div>`);
    expect(quickCheck(document)).toBe(false);
    const shell = document.createElement('div');
    shell.innerHTML = `<article>${'Long article text. '.repeat(600)}</article>
      <div class="cookie-notice"><p>Wir verwenden Cookies auf dieser Webseite.</p><button>Alle ablehnen</button></div>`;
    document.getElementById('app')!.append(shell);
    expect(quickCheck(document)).toBe(true);
  });
  it('looks again at a root that was empty when first seen', () => {
    page(`<div id=root></div>`);
    expect(quickCheck(document)).toBe(false);
    document.getElementById('root')!.innerHTML = '<div>Ce site utilise des cookies. <button>Accepter</button></div>';
    expect(quickCheck(document, [])).toBe(true);
  });
});
