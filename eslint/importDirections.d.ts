import type { Rule } from 'eslint';

/** Why an import from `fromRepoPath` of `target` breaks a written direction, or null. */
export function violationOf(fromRepoPath: string, target: string, typeOnly: boolean): string | null;
export const importDirections: Rule.RuleModule;
declare const plugin: { rules: Record<string, Rule.RuleModule> };
export default plugin;
