/** Language by stop words (ISO 639-1): count frequent function words of each language in the folded text. */
const STOP: Record<string, string> = {
  en: 'the and of to in is that for you your we our with are this be by on or as it may not will from have any which',
  fr: 'le les des du et est pour vous votre vos nous nos une dans que qui sur par pas avec aux ce sont etre au ou leur',
  de: 'der die das und ist nicht sie ihre wir unsere mit von zu auf fur den dem des ein eine werden oder auch bei im sind',
  es: 'el los las del y que en para su sus por con una es se al como nuestra nuestro usted datos lo este esta',
  it: 'il di che per un una della dei delle sono con non gli ai si nel alla al dati questo presente da dal',
  nl: 'de het een en van is dat voor u uw wij we met op niet zijn die te aan bij ook worden wordt deze onze naar',
  pt: 'o os do da dos das que para com uma nao seus sua em voce nossa nosso ao pelo pela',
  pl: 'i w z na do nie jest sie ze dla to przez od jak oraz lub sa pan pani danych',
};
const WEIGHTS = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(STOP)) {
  for (const w of words.split(' ')) {
    const m = WEIGHTS.get(w) ?? new Map<string, number>();
    m.set(lang, 1);
    WEIGHTS.set(w, m);
  }
}
// A word shared by several languages counts for each a fraction.
for (const m of WEIGHTS.values()) for (const lang of m.keys()) m.set(lang, 1 / m.size);

const MAX_CHARS = 200_000;

export function detectLanguage(folded: string): string | null {
  const scores = new Map<string, number>();
  let words = 0;
  const re = /[a-z]{1,20}/g;
  const sample = folded.slice(0, MAX_CHARS);
  for (let m = re.exec(sample); m; m = re.exec(sample)) {
    words++;
    const w = WEIGHTS.get(m[0]);
    if (w) for (const [lang, v] of w) scores.set(lang, (scores.get(lang) ?? 0) + v);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, s] of scores) if (s > bestScore) [best, bestScore] = [lang, s];
  return words >= 5 && bestScore >= 2 ? best : null;
}
