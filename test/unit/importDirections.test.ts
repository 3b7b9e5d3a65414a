import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { violationOf } from '../../eslint/importDirections.js';

// The project's own ESLint configuration, run on snippets placed (virtually) in our folders: the lint step
// fails on an import that breaks a written direction, and passes the ones the directions allow.
const eslint = new ESLint({ cwd: process.cwd() });

async function directionErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'dossier/import-directions')
    .map((message) => message.message);
}

describe('import directions (lint)', () => {
  it('fails the content script on Dexie, Zod or the store, by value or by type', async () => {
    const file = 'lib/content/example.ts';
    expect(await directionErrors(file, "import Dexie from 'dexie';\nexport const db = Dexie;\n")).toEqual([
      expect.stringContaining('content-side code (lib/content) may not import dexie'),
    ]);
    expect(await directionErrors(file, "import type { z } from 'zod';\nexport type Z = z.ZodType;\n")).toEqual([
      expect.stringContaining('may not import zod, not even its types'),
    ]);
    expect(
      await directionErrors(
        file,
        "import type { DatasetRepository } from '../db/repository';\nexport type R = DatasetRepository;\n",
      ),
    ).toEqual([expect.stringContaining('may not import lib/db/repository')]);
  });

  it('lets the content script take the protocol by type only', async () => {
    const file = 'lib/content/example.ts';
    const byType = "import type { ContentCommand } from '../messaging/protocol';\nexport type C = ContentCommand;\n";
    const byValue =
      "import { ContentCommandSchema } from '../messaging/protocol';\nexport const c = ContentCommandSchema;\n";
    expect(await directionErrors(file, byType)).toEqual([]);
    expect(await directionErrors(file, byValue)).toEqual([expect.stringContaining('only with `import type`')]);
  });

  it('fails an import against the layers and passes one along them', async () => {
    const upward = "import { openDatasetStore } from '../db/datasetStore';\nexport const open = openDatasetStore;\n";
    expect(await directionErrors('lib/search/example.ts', upward)).toEqual([
      expect.stringContaining('lib/search may not import lib/db'),
    ]);
    const intoApp = "import type { PopupSearch } from '../lib/ui/usePopupSearch';\nexport type P = PopupSearch;\n";
    expect(await directionErrors('components/Example.tsx', intoApp)).toEqual([
      expect.stringContaining('components may not import lib/ui'),
    ]);
    const downward = "import { foldAlias } from '../text/fold';\nexport const fold = foldAlias;\n";
    expect(await directionErrors('lib/dataset/example.ts', downward)).toEqual([]);
  });

  it('keeps Dexie in the store', () => {
    expect(violationOf('lib/search/catalog.ts', 'dexie', false)).toBe('dexie is used only in lib/db');
    expect(violationOf('lib/db/database.ts', 'dexie', false)).toBeNull();
  });
});
