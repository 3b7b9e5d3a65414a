// Which folder may import which: the architecture's directions (docs/architecture.md, "Import directions").
// Lower layers never import higher ones; a folder not listed here may import nothing of ours.
// Keys and values are folders relative to the repository: `lib/x`, `components`, `entrypoints`, `data`.

const TEXT = ['lib/text'];
const DATASET = ['lib/schema', 'lib/text', 'lib/dataset', 'data'];
const DATASET_DATES = ['lib/dataset', 'lib/time'];
/** What every layer above the dataset may build on: facts, time, words and settings. */
const CORE = [...DATASET, 'lib/time', 'lib/i18n', 'lib/settings', 'lib/match'];
/** The pure view models and helpers the protocol describes. */
const VIEWS = [...CORE, 'lib/page', 'lib/highlight', 'lib/sites', 'lib/cards', 'lib/search', 'lib/diagnostics'];

export const MAY_IMPORT = {
  'lib/schema': [],
  'lib/text': [],
  'lib/diagnostics': [],
  'lib/dataset': ['lib/schema', ...TEXT, 'data'],
  'lib/time': ['lib/dataset'],
  'lib/i18n': ['lib/dataset'],
  'lib/settings': ['lib/schema', 'lib/dataset', 'lib/i18n'],
  'lib/match': [...DATASET, ...DATASET_DATES],
  'lib/page': [...CORE],
  'lib/highlight': ['lib/settings'],
  'lib/sites': [...CORE, 'lib/page'],
  'lib/cards': [...CORE],
  'lib/search': [...CORE],
  // The protocol: message shapes over the view models; no handlers, no store.
  'lib/messaging': [...VIEWS],
  'lib/db': [...VIEWS, 'lib/messaging'],
  // Presentational UI: renders view models and strings; knows no store, no app layer.
  components: [...VIEWS, 'lib/messaging'],
  // App layers: each composes the core and the components for one context.
  'lib/background': [...VIEWS, 'lib/messaging', 'lib/db'],
  'lib/ui': [...VIEWS, 'lib/messaging', 'components'],
  'lib/cardShell': [...VIEWS, 'lib/messaging', 'components'],
  'lib/content': [...VIEWS, 'lib/messaging', 'lib/cardShell', 'components'],
  // Build and command-line tools run in Node over the core.
  'lib/build': [...CORE, 'lib/page'],
  'lib/cli': [...CORE, 'lib/page'],
  entrypoints: [
    ...VIEWS,
    'lib/messaging',
    'lib/db',
    'lib/background',
    'lib/ui',
    'lib/cardShell',
    'lib/content',
    'lib/build',
    'components',
  ],
};

/**
 * Code the content script runs in every page. It must stay free of the store and of Zod (size, and the
 * page's process never validates: the background does), so these folders import Dexie, Zod, `lib/db`
 * and `lib/schema` not at all, and Zod-defined modules (the protocol, the dataset and settings schemas)
 * only with `import type`, which the build erases.
 */
export const CONTENT_SIDE = ['lib/content', 'lib/cardShell', 'lib/page', 'lib/highlight', 'entrypoints/content'];
export const NEVER_ON_CONTENT_SIDE = ['dexie', 'zod', 'lib/db', 'lib/schema', 'lib/background', 'lib/ui'];
export const TYPES_ONLY_ON_CONTENT_SIDE = [
  'lib/messaging/protocol',
  'lib/dataset/schema',
  'lib/dataset/validate',
  'lib/settings/schema',
  'lib/cards/viewSchemas',
  'lib/search/catalog',
];

/** Packages kept to one folder each: the store's engine and the schema library. */
export const PACKAGE_HOMES = { dexie: ['lib/db'], zod: ['lib/schema', 'lib/dataset'] };
