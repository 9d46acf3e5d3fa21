/**
 * The popup's figures and the streak, exactly as docs/contract.md §3 defines them. Pure and
 * synchronous: the popup reads storage once, calls these, and paints.
 */
import type { Settings } from '../shared/settings';
import { localDayNum, mondayOf, parseAt, parseDayKey, weekday, type DayNum } from './days';
import { COUNT_KINDS, KIND_INDEX, kindOf, type CountKind, type HabitsStore } from './schema';

/** Per-day counts, indexed like COUNT_KINDS. */
export type DayCounts = Map<DayNum, number[]>;

const zero = () => [0, 0, 0, 0, 0, 0];

/** Counts per local calendar day (browser time zone) of raw and rolled-up events. */
export function dayCounts(store: HabitsStore): DayCounts {
  const days: DayCounts = new Map();
  for (const e of store.events) {
    const t = parseAt(e.at);
    if (t === null) continue;
    const d = localDayNum(t);
    let c = days.get(d);
    if (!c) days.set(d, (c = zero()));
    c[KIND_INDEX[kindOf(e)]]!++;
  }
  for (const [key, rd] of Object.entries(store.rolled)) {
    const d = parseDayKey(key);
    if (d === null) continue;
    let c = days.get(d);
    if (!c) days.set(d, (c = zero()));
    for (const k of COUNT_KINDS) c[KIND_INDEX[k]]! += rd[k]?.length ?? 0;
  }
  return days;
}

export interface WeekFigures {
  posts: number;
  comments: number;
  reactions: number;
  invitesWithNote: number;
  invitesWithoutNote: number;
  messages: number;
}

export interface GoalProgress {
  id: 'posts' | 'comments' | 'invites-with-note';
  done: number;
  target: number;
  met: boolean;
}

export interface Stats {
  /** The day the figures are for (local calendar day; never before the latest event, see below). */
  today: DayNum;
  weekStart: DayNum;
  current: number;
  best: number;
  /** Today is a non-rest day with nothing counted yet and a streak is running. */
  atRisk: boolean;
  /** Today already holds a counted interaction. */
  todayCounted: boolean;
  todayIsRest: boolean;
  /** Today's interactions of every kind. */
  todayCount: number;
  week: WeekFigures;
  /** Share (0..1) of this week's invitations that carried a note; null without invitations. */
  noteShareWeek: number | null;
  /** Same over the last 90 days. */
  noteShare90: number | null;
  goals: GoalProgress[];
  /** Days with a post or comment in the last 28 days (creating and interacting: the seed's facts). */
  activeDays28: number;
  /** Total interactions ever. */
  total: number;
}

/** Is day `c` counted for the streak under the chosen kinds? */
export function countedOn(c: number[] | undefined, kinds: readonly CountKind[]): number {
  if (!c) return 0;
  let n = 0;
  for (const k of kinds) n += c[KIND_INDEX[k]] ?? 0;
  return n;
}

/**
 * Computes every figure. `now` is the clock; when the clock has moved backwards behind the latest
 * recorded event, the figures are for that event's day (nothing is lost or counted twice). A day
 * later than tomorrow is never taken as today: such an event (a forged or broken one; record and
 * import refuse them) does not move the figures into the future.
 */
export function computeStats(days: DayCounts, settings: Settings, now: Date | number): Stats {
  const kinds = settings.streakKinds;
  const rest = new Set(settings.restDays);
  let lastDay = -Infinity;
  let firstDay = Infinity;
  let total = 0;
  const clockDay = localDayNum(typeof now === 'number' ? now : now.getTime());
  for (const [d, c] of days) {
    if (d > lastDay && d <= clockDay + 1) lastDay = d;
    if (d < firstDay) firstDay = d;
    for (const v of c) total += v;
  }
  const today = Math.max(clockDay, lastDay === -Infinity ? clockDay : lastDay);
  const isCounted = (d: DayNum) => countedOn(days.get(d), kinds) > 0;
  const isRest = (d: DayNum) => rest.has(weekday(d));

  // Current streak: walk back from today.
  const todayCounted = isCounted(today);
  const todayIsRest = isRest(today);
  let current = todayCounted ? 1 : 0;
  for (let d = today - 1; d >= firstDay; d--) {
    if (isCounted(d)) current++;
    else if (!isRest(d)) break;
  }
  const atRisk = !todayCounted && !todayIsRest && current > 0;

  // Best streak: longest run over the whole history (runs break on a non-rest day without a counted interaction).
  let best = current;
  let run = 0;
  if (firstDay !== Infinity) {
    for (let d = firstDay; d < today; d++) {
      if (isCounted(d)) run++;
      else if (!isRest(d)) run = 0;
      if (run > best) best = run;
    }
  }

  const weekStart = mondayOf(today);
  const w = zero();
  for (let d = weekStart; d <= today; d++) {
    const c = days.get(d);
    if (c) for (let i = 0; i < 6; i++) w[i]! += c[i]!;
  }
  const week: WeekFigures = {
    posts: w[KIND_INDEX.post]!,
    comments: w[KIND_INDEX.comment]!,
    reactions: w[KIND_INDEX.reaction]!,
    invitesWithNote: w[KIND_INDEX['invite-note']]!,
    invitesWithoutNote: w[KIND_INDEX['invite-plain']]!,
    messages: w[KIND_INDEX.message]!,
  };
  const share = (withNote: number, without: number) => (withNote + without > 0 ? withNote / (withNote + without) : null);

  let n90 = 0;
  let p90 = 0;
  let activeDays28 = 0;
  for (let d = today - 89; d <= today; d++) {
    const c = days.get(d);
    if (!c) continue;
    n90 += c[KIND_INDEX['invite-note']]!;
    p90 += c[KIND_INDEX['invite-plain']]!;
    if (d > today - 28 && c[KIND_INDEX.post]! + c[KIND_INDEX.comment]! > 0) activeDays28++;
  }

  const g = settings.goals;
  const goals: GoalProgress[] = [];
  if (g.posts > 0) goals.push({ id: 'posts', done: week.posts, target: g.posts, met: week.posts >= g.posts });
  if (g.comments > 0) goals.push({ id: 'comments', done: week.comments, target: g.comments, met: week.comments >= g.comments });
  if (g.everyInviteWithNote) {
    const all = week.invitesWithNote + week.invitesWithoutNote;
    goals.push({ id: 'invites-with-note', done: week.invitesWithNote, target: all, met: week.invitesWithoutNote === 0 });
  }

  const todayC = days.get(today);
  return {
    today,
    weekStart,
    current,
    best,
    atRisk,
    todayCounted,
    todayIsRest,
    todayCount: todayC ? todayC.reduce((a, b) => a + b, 0) : 0,
    week,
    noteShareWeek: share(week.invitesWithNote, week.invitesWithoutNote),
    noteShare90: share(n90, p90),
    goals,
    activeDays28,
    total,
  };
}

export interface HeatCell {
  day: DayNum;
  /** Interactions of every kind. */
  total: number;
  /** Interactions of the counted kinds. */
  counted: number;
  /** 0 (nothing) … 4; days with only uncounted kinds are level 0 with total > 0. */
  level: 0 | 1 | 2 | 3 | 4;
  future: boolean;
  rest: boolean;
}

/** The calendar heatmap: `weeks` columns (Monday-Sunday) ending with the current week. */
export function heatmap(days: DayCounts, settings: Settings, today: DayNum, weeks = 26): HeatCell[][] {
  const rest = new Set(settings.restDays);
  const start = mondayOf(today) - (weeks - 1) * 7;
  const cols: HeatCell[][] = [];
  for (let w = 0; w < weeks; w++) {
    const col: HeatCell[] = [];
    for (let i = 0; i < 7; i++) {
      const day = start + w * 7 + i;
      const c = days.get(day);
      const counted = countedOn(c, settings.streakKinds);
      const total = c ? c.reduce((a, b) => a + b, 0) : 0;
      const level = (counted === 0 ? 0 : counted === 1 ? 1 : counted <= 3 ? 2 : counted <= 6 ? 3 : 4) as HeatCell['level'];
      col.push({ day, total, counted, level, future: day > today, rest: rest.has(weekday(day)) });
    }
    cols.push(col);
  }
  return cols;
}
