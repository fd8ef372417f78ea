import { loadSettings, updateSettings, watchSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/schema';

/**
 * The person's settings as reactive state for the extension's pages: loaded once, then kept in sync with
 * storage (another page, the popup or an import may change them). `$state.raw`: settings are replaced
 * whole, never mutated in place, and stay plain objects that storage can clone.
 */
export class SettingsState {
  current = $state.raw<Settings | null>(null);
  #unwatch: (() => void) | undefined;

  /** Starts watching storage, then loads; returns this for `await new SettingsState().start()`. */
  async start(): Promise<this> {
    this.#unwatch ??= watchSettings((settings) => (this.current = settings));
    this.current = await loadSettings();
    return this;
  }

  stop(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /** Changes the stored settings (read, change a copy, validate, save) and shows the result at once. */
  async update(change: (draft: Settings) => Settings | void): Promise<Settings> {
    const next = await updateSettings(change);
    this.current = next;
    return next;
  }
}
