/**
 * Rapport's text engine: pure TypeScript, no DOM, no extension APIs. Runs the same in the content
 * script, the popup, the options page, Node tests and the CLI.
 */
export { analyze } from './analyze';
export { warmSteps } from './phrases';
export { fingerprint } from './fingerprint';
export { RULES, type RuleMeta } from './rules';
export { detectLanguage } from './lang';
export { foldPoint } from './foldpoint';
export * from './types';
