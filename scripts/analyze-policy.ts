/**
 * `npm run analyze-policy -- FILE...`: one JSON object per file, one per line, in input order. An unreadable
 * file prints an error line ({file, error}) on stdout and on stderr, the others still print, and the exit
 * code is 1 at the end.
 */
import fs from 'node:fs';
import { analyzePolicy } from '../utils/rights/analyze/index';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run analyze-policy -- FILE...');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let input: string;
  try {
    input = fs.readFileSync(file, 'utf8');
  } catch (e) {
    failed = true;
    const error = (e as NodeJS.ErrnoException).code ?? String(e);
    console.log(JSON.stringify({ file, error }));
    console.error(`analyze-policy: cannot read ${file}: ${error}`);
    continue;
  }
  const contentType = /\.html?$/i.test(file) ? 'html' : undefined;
  const r = analyzePolicy(input, { contentType });
  console.log(
    JSON.stringify({
      file,
      language: r.language,
      contact: r.contact,
      contactReason: r.contactReason,
      emails: r.emails.map(({ address, role }) => ({ address, role })),
      webForm: r.webForm,
      postalAddress: r.postalAddress,
      company: r.company,
      country: r.country,
      rights: r.rights,
      authority: r.authority,
      sharesWithPartners: r.sharesWithPartners,
      truncated: r.truncated,
    }),
  );
}
process.exit(failed ? 1 : 0);
