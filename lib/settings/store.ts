import type { WxtStorageItem } from 'wxt/utils/storage';
import { parseSettings, type Settings } from './schema';

/** Raw storage is read as unknown: whatever sync brings in is validated before use. */
export type RawSettingsItem = Pick<WxtStorageItem<Record<string, unknown>, Record<string, unknown>>, 'getValue' | 'setValue' | 'watch'>;

export class SettingsStore {
  constructor(private readonly item: RawSettingsItem) {}

  async load(): Promise<Settings> {
    return parseSettings(await this.item.getValue());
  }

  /**
   * Writes a change on top of what is stored, keeping fields this version does
   * not know (a newer version on another synced machine may have written them).
   */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const stored = await this.item.getValue();
    const next = { ...stored, ...parseSettings(stored), ...patch };
    await this.item.setValue(next);
    return parseSettings(next);
  }

  watch(onChange: (settings: Settings) => void): () => void {
    return this.item.watch((value) => onChange(parseSettings(value)));
  }
}
