import type { Purpose } from '@/utils/settings/purposes';
import type { Settings, SiteSettings } from '@/utils/settings/schema';

/** An exception that says nothing (not paused, no own choice) is dropped, so the list only shows real ones. */
function tidy(settings: Settings, site: string): void {
  const entry = settings.sites[site];
  if (!entry) return;
  if (entry.purposes && Object.keys(entry.purposes).length === 0) delete entry.purposes;
  if (entry.paused === false) delete entry.paused;
  if (Object.keys(entry).length === 0) delete settings.sites[site];
}

/** Sets one purpose for one site; `undefined` means "same as global". Works on a draft (see SettingsState.update). */
export function setSitePurpose(settings: Settings, site: string, purpose: Purpose, allow: boolean | undefined): void {
  const entry: SiteSettings = (settings.sites[site] ??= {});
  const purposes = { ...entry.purposes };
  if (allow === undefined) delete purposes[purpose];
  else purposes[purpose] = allow;
  entry.purposes = purposes;
  tidy(settings, site);
}

/** Pauses or resumes the extension on one site; resuming keeps the site's own choices. */
export function setSitePaused(settings: Settings, site: string, paused: boolean): void {
  const entry: SiteSettings = (settings.sites[site] ??= {});
  entry.paused = paused;
  tidy(settings, site);
}

/** Exceptions in the order a person looks for them: by domain. */
export function sortedSites(settings: Settings): [string, SiteSettings][] {
  return Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
}
