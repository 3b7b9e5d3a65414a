// A local ESLint rule: every import follows the folder directions in ./layers.js.
// It resolves relative imports to repository folders itself (no resolver plugin needed: we import only by
// relative path and by package name) and tells type-only imports apart, which the content-side rule needs.
import path from 'node:path';
import {
  CONTENT_SIDE,
  MAY_IMPORT,
  NEVER_ON_CONTENT_SIDE,
  PACKAGE_HOMES,
  TYPES_ONLY_ON_CONTENT_SIDE,
} from './layers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RULES_AT = 'docs/architecture.md, "Import directions"';

/** `lib/x` for lib/x/..., else the top folder (`components`, `entrypoints`, `data`); null outside the product. */
function folderOf(repoPath) {
  const parts = repoPath.split('/');
  if (parts[0] === 'lib' && parts.length > 2) return `lib/${parts[1]}`;
  if (['components', 'entrypoints', 'data'].includes(parts[0])) return parts[0];
  return null;
}

function isUnder(repoPath, prefix) {
  return repoPath === prefix || repoPath.startsWith(`${prefix}/`) || repoPath.startsWith(`${prefix}.`);
}

/** The import as a repository path (`lib/db/repository`) or a package name (`zod`), or null (node:, virtual:). */
function targetOf(source, fromFile) {
  if (source.startsWith('.')) {
    return path
      .relative(ROOT, path.resolve(path.dirname(fromFile), source))
      .split(path.sep)
      .join('/');
  }
  if (source.includes(':')) return null;
  const [scopeOrName, name] = source.split('/');
  return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** Why this import breaks a rule, or null. */
export function violationOf(fromRepoPath, target, typeOnly) {
  const from = folderOf(fromRepoPath);
  if (!from) return null;
  const contentSide = CONTENT_SIDE.some((prefix) => isUnder(fromRepoPath, prefix));
  if (contentSide && NEVER_ON_CONTENT_SIDE.some((banned) => isUnder(target, banned)))
    return `content-side code (${from}) may not import ${target}, not even its types`;
  if (contentSide && !typeOnly && TYPES_ONLY_ON_CONTENT_SIDE.some((schema) => isUnder(target, schema)))
    return `content-side code (${from}) imports ${target} only with \`import type\` (it would bundle Zod)`;
  const homes = PACKAGE_HOMES[target];
  if (homes && !homes.includes(from)) return `${target} is used only in ${homes.join(' and ')}`;
  const to = folderOf(target);
  if (!to || to === from) return null;
  const allowed = MAY_IMPORT[from] ?? [];
  return allowed.includes(to) ? null : `${from} may not import ${to}`;
}

export const importDirections = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the folder directions written in docs/architecture.md' },
    schema: [],
    messages: { wrongDirection: '{{why}} ({{rulesAt}}).' },
  },
  create(context) {
    const fromRepoPath = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const check = (node, sourceNode, typeOnly) => {
      if (!sourceNode || typeof sourceNode.value !== 'string') return;
      const target = targetOf(sourceNode.value, context.filename);
      const why = target && violationOf(fromRepoPath, target, typeOnly);
      if (why) context.report({ node, messageId: 'wrongDirection', data: { why, rulesAt: RULES_AT } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument, true),
    };
  },
};

export default { rules: { 'import-directions': importDirections } };
