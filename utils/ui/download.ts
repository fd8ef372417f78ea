/** Offers a text file for download from an extension page (no `downloads` permission needed). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox starts the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `consent-keeper-settings-2026-11-26.json` */
export function datedFilename(stem: string, date = new Date()): string {
  return `${stem}-${date.toISOString().slice(0, 10)}.json`;
}
