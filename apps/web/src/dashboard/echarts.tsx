// Apache ECharts, only the parts the dashboard draws (tree-shaken from echarts/core: line, bar and graph series,
// their grid, the SVG renderer), so that the dashboard's route stays under its budget (300 KB gzipped,
// scripts/check-bundle.mjs). No tooltip, mark lines or ECharts legend (together some 30 KB gzipped): the table under
// each chart holds every figure, bars carry their values as labels, reference lines are series of their own, and
// the legend is written in HTML under the chart (text a screen reader reads too).
import {
  BarChart,
  type BarSeriesOption,
  GraphChart,
  type GraphSeriesOption,
  LineChart,
  type LineSeriesOption,
} from 'echarts/charts';
import { type GridComponentOption, GridSimpleComponent } from 'echarts/components';
import { type ComposeOption, type ECharts, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([LineChart, BarChart, GraphChart, GridSimpleComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GraphSeriesOption | GridComponentOption>;

interface Key {
  readonly name: string;
  readonly color: string;
  readonly dashed: boolean;
}

/** The legend's entries: each named series (a graph's categories), in its colour, dashed when its line is. */
function keysOf(option: ChartOption): Key[] {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  return series.flatMap((s, i): Key[] => {
    if (s.type === 'graph')
      return (s.categories ?? []).map((c, j) => ({
        name: String(c.name ?? ''),
        color: PALETTE[j % PALETTE.length] ?? '#000',
        dashed: false,
      }));
    if (s.name === undefined) return [];
    const color = typeof s.color === 'string' ? s.color : (PALETTE[i % PALETTE.length] ?? '#000');
    const line = s.type === 'line' ? s.lineStyle?.type : undefined;
    return [{ name: String(s.name), color, dashed: line === 'dashed' || line === 'dotted' }];
  });
}

function draw(chart: ECharts, option: ChartOption): void {
  chart.setOption({ color: PALETTE, animation: false, ...option }, { notMerge: true });
}

/** Colours told apart without colour vision too (they differ in lightness), each ≥ 3:1 on white. */
export const PALETTE = ['#8a4b00', '#0b6bcb', '#1a7f37', '#b3261e', '#6e40c9', '#57606a', '#9a6700', '#0e7490'];

/**
 * A chart, with its text alternative: the drawing is an image to assistive technology (`role="img"`), named by
 * `label`, a sentence of what it shows; the table beside it holds every figure.
 */
export function Chart({ option, label, height = 320 }: { option: ChartOption; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);

  // Drawn first when the observer reports the box's size (after layout, before paint), at that size: ECharts asked
  // for it itself would read the computed style, forcing a layout per chart, and the observer's first report would
  // then draw everything a second time. Later reports redraw only when the size did change.
  useEffect(() => {
    const div = element.current;
    if (div === null) return;
    let drawn: ECharts | null = null;
    let drawnAt = { width: -1, height: -1 };
    const resized = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box === undefined) return;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      if (drawn === null) {
        drawn = init(div, undefined, { renderer: 'svg', ...size });
        chart.current = drawn;
        draw(drawn, latest.current);
      } else if (size.width !== drawnAt.width || size.height !== drawnAt.height) drawn.resize(size);
      drawnAt = size;
    });
    resized.observe(div);
    return () => {
      resized.disconnect();
      drawn?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    if (chart.current !== null) draw(chart.current, option);
  }, [option]);

  const keys = keysOf(option);
  return (
    <div className="chart-frame">
      <div className="chart" role="img" aria-label={label} ref={element} style={{ height }} />
      {keys.length > 1 && (
        <ul className="legend">
          {keys.map((k) => (
            <li key={k.name}>
              <span
                className="swatch"
                aria-hidden="true"
                style={{ borderColor: k.color, borderStyle: k.dashed ? 'dashed' : 'solid' }}
              />
              {k.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
