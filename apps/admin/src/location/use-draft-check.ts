import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import {
  parseLocationConfig,
  validateAgainstFrame,
  type ConfigIssue,
  type LocationConfig,
  type NationalFrame,
} from '@motesplats/location-config';

export interface DraftCheck {
  /** The draft as it would be sent (JSON: NaN becomes null, undefined fields vanish). */
  json: string;
  /** The draft as the form holds it, valid or not, for the live chain preview. */
  values: LocationConfig;
  /** The typed draft when it passes the schema, else null. */
  valid: LocationConfig | null;
  schemaIssues: ConfigIssue[];
  /** Where a schema-valid draft breaks the national frame; the gateway refuses such a save. */
  frameIssues: ConfigIssue[];
}

/**
 * The whole draft checked on every change with the gateway's own schema, the form's only
 * validation. A react-hook-form resolver would update errors only for the field being edited, so
 * a rule between fields (track 1 must start with Migrationsverket) would show up late.
 */
export function useDraftCheck(
  control: Control<LocationConfig>,
  frame: NationalFrame | null,
): DraftCheck {
  const values = useWatch({ control }) as LocationConfig;
  const json = JSON.stringify(values);
  return useMemo(() => {
    const parsed = parseLocationConfig(JSON.parse(json));
    if (!parsed.ok) {
      return { json, values, valid: null, schemaIssues: parsed.errors, frameIssues: [] };
    }
    const frameIssues = frame ? validateAgainstFrame(parsed.config, frame) : [];
    return { json, values, valid: parsed.config, schemaIssues: [], frameIssues };
    // `values` changes identity on every render; its JSON is what matters.
  }, [json, frame]);
}
