// The allow-list of web-ext lint warnings (scripts/lint-firefox.mjs), and the judge of a report.
/**
 * Warnings we cannot avoid, each with the file it is in, how many times, and the reason. A warning
 * in any other file, or one more (or fewer) than counted, fails: a future `innerHTML` in our own
 * code cannot hide behind preact's.
 */
export const ALLOWED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // preact's chunk (the bundler names it after preact/jsx-runtime, its first module)
    file: /^assets\/jsxRuntime\.module-[A-Za-z0-9_-]+\.js$/,
    count: 1,
    why: "preact's DOM renderer assigns innerHTML only for dangerouslySetInnerHTML, which our code never uses (a test greps src/ for it). The content script is not affected: it does not ship preact.",
  },
];

/**
 * The findings of a web-ext lint report (its JSON) that are not allowed: every error, every warning
 * outside the allow-list, and an allowed warning seen more or fewer times than counted.
 */
export function judge(report, allowed = ALLOWED, log = () => {}) {
  const unexpected = [];
  const seen = new Map(allowed.map((a) => [a, 0]));
  for (const kind of ['errors', 'warnings']) {
    for (const m of report[kind] ?? []) {
      const hit = kind === 'warnings' ? allowed.find((a) => a.code === m.code && a.file.test(m.file ?? '')) : undefined;
      const line = `${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}: ${m.message}`;
      if (hit) {
        seen.set(hit, seen.get(hit) + 1);
        log(`allowed ${line}`);
      } else unexpected.push(line);
    }
  }
  for (const [a, n] of seen) {
    if (n !== a.count) unexpected.push(`${a.code} in ${a.file}: ${n} warning(s), the allow-list counts ${a.count} (${n > a.count ? 'a new one: find it' : 'fewer: update the count'})`);
  }
  return unexpected;
}
