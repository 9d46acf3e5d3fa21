/**
 * Rapport's text engine: pure TypeScript, no DOM, no extension APIs. Runs the same in the content
 * script, the popup, the options page, Node tests and the CLI.
 */
export { analyze, warmSteps } from './analyze';
export { fingerprint } from './fingerprint';
export { RULES, type RuleMeta } from './rules';
export { detectLanguage } from './lang';
export { foldPoint } from './foldpoint';
export * from './types';
