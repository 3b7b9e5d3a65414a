import type { WxtStorageItem } from 'wxt/utils/storage';
import { SETTINGS_VERSION, storedVersion } from './migrations';
import { parseSettings, type Settings } from './schema';

/** Raw storage is read as unknown: whatever sync brings in is validated before use. */
export type RawSettingsItem = Pick<
  WxtStorageItem<Record<string, unknown>, Record<string, unknown>>,
  'getValue' | 'setValue' | 'watch'
>;

export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export class SettingsStore {
  constructor(private readonly item: RawSettingsItem) {}

  async load(): Promise<Settings> {
    return parseSettings(await this.item.getValue());
  }

  /**
   * Writes a change on top of what is stored, keeping fields this version does
   * not know (a newer version on another synced machine may have written them)
   * and never lowering a newer version's stamp.
   */
  async update(patch: SettingsPatch): Promise<Settings> {
    const stored = (await this.item.getValue()) ?? {};
    const current = parseSettings(stored);
    const change = typeof patch === 'function' ? patch(current) : patch;
    const next = { ...stored, ...current, ...change, version: Math.max(storedVersion(stored), SETTINGS_VERSION) };
    await this.item.setValue(next);
    return parseSettings(next);
  }

  /** Back to the defaults, as if freshly installed. */
  async reset(): Promise<Settings> {
    await this.item.setValue({ version: SETTINGS_VERSION });
    return parseSettings({});
  }

  watch(onChange: (settings: Settings) => void): () => void {
    return this.item.watch((value) => onChange(parseSettings(value)));
  }
}
