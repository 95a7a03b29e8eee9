import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

type Overrides = Partial<Pick<SqlDriverAdapter, 'executeScript' | 'dispose'>>;

/**
 * `adapter` with some methods replaced. A proxy rather than a copy, so whatever else the adapter
 * class offers (e.g. underlyingDriver) keeps working with its own `this`.
 */
export function overrideAdapter(adapter: SqlDriverAdapter, overrides: Overrides): SqlDriverAdapter {
  return new Proxy(adapter, {
    get: (target, property, receiver) =>
      Object.hasOwn(overrides, property)
        ? overrides[property as keyof Overrides]
        : Reflect.get(target, property, receiver),
  });
}
