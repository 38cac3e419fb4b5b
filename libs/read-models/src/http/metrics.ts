import type { ReadModelStatus } from '../runner/read-model-runner';

/** Prometheus text exposition (format 0.0.4) of the read models' state. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export function readModelMetrics(statuses: readonly ReadModelStatus[], storeKind: string): string {
  const head = statuses[0]?.head ?? 0;
  const lines: string[] = [
    '# HELP khai_event_store_head_position Position of the last event in the log.',
    '# TYPE khai_event_store_head_position gauge',
    `khai_event_store_head_position ${head}`,
  ];
  const metric = (name: string, type: string, help: string, value: (s: ReadModelStatus) => number): void => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const s of statuses)
      lines.push(`${name}{projection="${label(s.name)}",store="${label(storeKind)}"} ${value(s)}`);
  };
  metric('khai_read_model_position', 'gauge', 'Log position the read model has applied.', (s) => s.position);
  metric('khai_read_model_lag_events', 'gauge', 'Events in the log the read model has not applied yet.', (s) => s.lag);
  metric('khai_read_model_live', 'gauge', '1 when caught up and following the log.', (s) => Number(s.live));
  metric('khai_read_model_rebuilding', 'gauge', '1 while the read model is being rebuilt.', (s) =>
    Number(s.rebuilding),
  );
  metric('khai_read_model_failed', 'gauge', '1 when the projection stopped on an error.', (s) =>
    Number(s.failed !== null),
  );
  metric(
    'khai_read_model_events_processed_total',
    'counter',
    'Events applied or passed over since the process started.',
    (s) => s.eventsProcessed,
  );
  return `${lines.join('\n')}\n`;
}

/** Label values escape backslash, double quote and newline. */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
