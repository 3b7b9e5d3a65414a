/**
 * Stored settings carry the version of the schema that wrote them. Each step
 * lifts a record by one version; a record from a newer version is left as it
 * is (the schema then reads the fields it knows and keeps the rest on save).
 */
export const SETTINGS_VERSION = 2;

type SettingsRecord = Record<string, unknown>;

const STEPS: Record<number, (record: SettingsRecord) => SettingsRecord> = {
  // Version 1 (the first release) had only `language` and no version stamp.
  // Version 2 adds where and how the extension works; every new field has a
  // default, so the step only has to keep what the reader chose.
  1: (record) => ({ ...record }),
};

export function storedVersion(record: SettingsRecord): number {
  const version = record.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

export function migrateSettings(record: SettingsRecord): SettingsRecord {
  let version = storedVersion(record);
  let migrated = record;
  while (version < SETTINGS_VERSION) {
    const step = STEPS[version];
    if (step) migrated = step(migrated);
    version += 1;
  }
  return migrated;
}
