import { useFormContext, type FieldPath } from 'react-hook-form';
import type { LocationConfig } from '@motesplats/location-config';

/** The form holds the configuration itself: a field's name is its path in the config. */
export type ConfigPath = FieldPath<LocationConfig>;

/**
 * Field names are built from indexes at run time ('tracks.1.chain.2.minutes'), which the typed
 * path cannot follow through every template; the components take strings and cast here, once.
 */
export const asPath = (name: string) => name as ConfigPath;

export const useConfigForm = () => useFormContext<LocationConfig>();

/** An optional text left empty is absent from the config, not '' (which the schema refuses). */
export const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
