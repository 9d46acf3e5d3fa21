/** The CLI of docs/contract.md §1, spawned as users run it: npm run --silent check -- --surface ... */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function run(args: string[], input: string) {
  const r = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter((l) => l !== ''), stdout: r.stdout, stderr: r.stderr };
}

describe('npm run check', () => {
  it('answers one JSON line per input line, in order, with per-line errors and exit status 1', () => {
    const input = [
      JSON.stringify({ text: 'Hi John, we met at the AWS Summit in Zurich!', recipient: { name: 'Anna Müller', headline: 'CTO' }, sender: { name: 'Marco Rossi' } }),
      'this is not json',
      JSON.stringify({ recipient: { name: 'Anna' } }),
      '',
      JSON.stringify({ text: 'Hi Sven, same note.', history: [{ to: 'Ines Kuster', text: 'an earlier note' }] }),
      JSON.stringify({ text: '' }),
    ].join('\n');
    const r = run(['--surface', 'invite'], input + '\n');
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(5);
    const out = r.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const first = out[0] as { findings: { rule: string; severity: string; start: number; end: number; message: string }[]; lang: string; ms: number };
    expect(first.findings).toEqual([{ rule: 'invite.wrong-name', severity: 'error', start: 3, end: 7, message: expect.stringContaining('John') }]);
    expect(Object.keys(first).sort()).toEqual(['findings', 'lang', 'ms']);
    expect(first.lang).toBe('en');
    expect(typeof first.ms).toBe('number');
    expect(typeof out[1]!.error).toBe('string');
    expect(typeof out[2]!.error).toBe('string');
    expect(out[3]).toMatchObject({ findings: [], lang: 'en' });
    expect((out[4] as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['invite.empty']);
  }, 60_000);

  it('exits 0 when every line is good, and speaks German with --ui de', () => {
    const r = run(['--surface', 'post', '--ui', 'de'], JSON.stringify({ text: 'Like if you agree! #a #b #c #d #e #f' }) + '\n');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const o = JSON.parse(r.lines[0]!) as { findings: { rule: string; message: string }[] };
    expect(o.findings.map((f) => f.rule).sort()).toEqual(['post.engagement-bait', 'post.hashtags']);
    expect(o.findings.find((f) => f.rule === 'post.hashtags')!.message).toContain('Hashtags');
    expect(o.findings.find((f) => f.rule === 'post.engagement-bait')!.message).toMatch(/Frage/);
  }, 60_000);

  it('refuses bad arguments with exit status 2 and nothing on stdout', () => {
    const r = run(['--surface', 'tweet'], '{"text":"x"}\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/surface/);
  }, 60_000);
});
