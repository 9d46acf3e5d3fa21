/**
 * The 26-week calendar heatmap: an SVG grid (rows = weekdays Monday-Sunday, columns = weeks),
 * keyboard-navigable with a roving tabindex (arrows, Home/End) and a label per day for screen
 * readers; the focused or hovered day is spelled out below the grid.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { heatmap, type HeatCell } from '../habits/stats';
import type { DayCounts } from '../habits/stats';
import type { DayNum } from '../habits/days';
import { formatDay, formatMonth, weekdayName } from './format';

const CELL = 11;
const GAP = 3;
const LEFT = 22;
const TOP = 14;

export function dayLabel(lang: Lang, c: HeatCell): string {
  const day = formatDay(lang, c.day, true);
  const base = c.total === 0 ? t(lang, 'popup_heatmap_day_none', day) : t(lang, 'popup_heatmap_day', day, c.counted, c.total);
  return c.rest ? `${base} (${t(lang, 'popup_heatmap_rest')})` : base;
}

export function Heatmap({ days, settings, today, lang, weeks = 26 }: { days: DayCounts; settings: Settings; today: DayNum; lang: Lang; weeks?: number }) {
  const cols = useMemo(() => heatmap(days, settings, today, weeks), [days, settings, today, weeks]);
  const todayPos = useMemo(() => {
    const w = cols.length - 1;
    const d = cols[w]!.findIndex((c) => c.day === today);
    return { w, d: Math.max(0, d) };
  }, [cols, today]);
  const [focus, setFocus] = useState<{ w: number; d: number } | null>(null);
  const [hover, setHover] = useState<HeatCell | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const active = focus ?? todayPos;
  const shown = hover ?? (focus ? cols[focus.w]![focus.d]! : null);

  function move(w: number, d: number) {
    const maxW = cols.length - 1;
    // Wrap days into neighbouring weeks, never past today.
    while (d < 0) (d += 7), w--;
    while (d > 6) (d -= 7), w++;
    if (w < 0) (w = 0), (d = 0);
    if (w > maxW || (w === maxW && cols[w]![d]!.future)) (w = todayPos.w), (d = todayPos.d);
    setFocus({ w, d });
    queueMicrotask(() => svgRef.current?.querySelector<SVGElement>(`[data-cell="${w}-${d}"]`)?.focus());
  }

  function onKey(e: KeyboardEvent) {
    const { w, d } = active;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => move(w - 1, d),
      ArrowRight: () => move(w + 1, d),
      ArrowUp: () => move(w, d - 1),
      ArrowDown: () => move(w, d + 1),
      Home: () => move(0, 0),
      End: () => move(todayPos.w, todayPos.d),
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  }

  const width = LEFT + cols.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  // Month labels above the first week column that starts in a new month.
  const months: { x: number; label: string }[] = [];
  let lastMonth = -1;
  cols.forEach((col, w) => {
    const m = new Date(col[0]!.day * 86_400_000).getUTCMonth();
    if (m !== lastMonth) {
      months.push({ x: LEFT + w * (CELL + GAP), label: formatMonth(lang, col[0]!.day) });
      lastMonth = m;
    }
  });
  if (months.length > 1 && months[1]!.x - months[0]!.x < 3 * (CELL + GAP)) months.shift();

  return (
    <div class="heatmap">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="grid"
        aria-label={t(lang, 'popup_heatmap_title')}
        onKeyDown={onKey}
        data-rapport-heatmap=""
      >
        {months.map((m) => (
          <text x={m.x} y={9} class="hm-label" aria-hidden="true">
            {m.label}
          </text>
        ))}
        {[0, 2, 4].map((d) => (
          <text x={0} y={TOP + d * (CELL + GAP) + CELL - 2} class="hm-label" aria-hidden="true">
            {weekdayName(lang, (d + 1) % 7, 'short').slice(0, 2)}
          </text>
        ))}
        {[0, 1, 2, 3, 4, 5, 6].map((d) => (
          <g role="row" key={d}>
            {cols.map((col, w) => {
              const c = col[d]!;
              const isActive = active.w === w && active.d === d;
              if (c.future) return <rect key={w} role="presentation" x={LEFT + w * (CELL + GAP)} y={TOP + d * (CELL + GAP)} width={CELL} height={CELL} rx={2.5} class="hm-cell hm-future" />;
              const label = dayLabel(lang, c);
              return (
                <rect
                  key={w}
                  role="gridcell"
                  data-cell={`${w}-${d}`}
                  data-day={c.day}
                  data-level={c.level}
                  aria-label={label}
                  aria-current={c.day === today ? 'date' : undefined}
                  tabindex={isActive ? 0 : -1}
                  x={LEFT + w * (CELL + GAP)}
                  y={TOP + d * (CELL + GAP)}
                  width={CELL}
                  height={CELL}
                  rx={2.5}
                  class={`hm-cell hm-l${c.level}${c.total > 0 && c.counted === 0 ? ' hm-uncounted' : ''}${c.day === today ? ' hm-today' : ''}`}
                  onFocus={() => setFocus({ w, d })}
                  onMouseEnter={() => setHover(c)}
                  onMouseLeave={() => setHover(null)}
                >
                  <title>{label}</title>
                </rect>
              );
            })}
          </g>
        ))}
      </svg>
      <div class="hm-foot">
        <span class="hm-detail" aria-live="polite">
          {shown ? dayLabel(lang, shown) : '\u00a0'}
        </span>
        <span class="hm-legend" aria-hidden="true">
          {t(lang, 'popup_heatmap_less')}
          {[0, 1, 2, 3, 4].map((l) => (
            <i class={`hm-swatch hm-l${l}`} />
          ))}
          {t(lang, 'popup_heatmap_more')}
        </span>
      </div>
    </div>
  );
}
