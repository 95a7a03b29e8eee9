import diff from 'microdiff';
import { WEEKDAY_SV, actorSv, conditionSv, modeSv } from './labels';
import { describePath } from './describe-path';

/** One readable change between two configurations. */
export interface DiffRow {
  path: string;
  before: string;
  after: string;
}

const ACTOR_KEYS = new Set(['actor', 'actors']);

/** A value as a person reads it: Swedish names for codes, a short summary for objects. */
export function formatValue(value: unknown, key?: string | number): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'string') {
    if (key === 'mode') return modeSv(value);
    if (key === 'condition') return conditionSv(value);
    if (key === 'weekday') return WEEKDAY_SV[value as keyof typeof WEEKDAY_SV] ?? value;
    if (typeof key === 'string' && ACTOR_KEYS.has(key)) return actorSv(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.map((item) => formatValue(item, key)).join(', ') || '(tom)';
  if (typeof value === 'object') return summarise(value as Record<string, unknown>);
  return JSON.stringify(value);
}

/** A chain step reads as "Försäkringskassan, 30 min, På plats"; anything else as its fields. */
function summarise(value: Record<string, unknown>): string {
  if (typeof value.actor === 'string' && typeof value.minutes === 'number') {
    const condition = value.condition ? `, om: ${conditionSv(String(value.condition))}` : '';
    return `${actorSv(value.actor)}, ${value.minutes} min, ${modeSv(String(value.mode))}${condition}`;
  }
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${describePath([k])}: ${formatValue(v, k)}`)
    .join('; ');
}

/**
 * The changes from `before` to `after`, one row per changed value. A JSON round trip first, so
 * an absent optional field and one set to `undefined` (as a form holds it) are the same.
 */
export function diffConfigs(before: unknown, after: unknown): DiffRow[] {
  const plain = (value: unknown) =>
    JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
  return diff(plain(before), plain(after)).map((change) => {
    const key = change.path.at(-1);
    // A list item's own key is its position; the key of its list says what it holds.
    const valueKey = typeof key === 'number' ? change.path.at(-2) : key;
    return {
      path: describePath(change.path),
      before: change.type === 'CREATE' ? '—' : formatValue(change.oldValue, valueKey),
      after: change.type === 'REMOVE' ? '—' : formatValue(change.value, valueKey),
    };
  });
}
