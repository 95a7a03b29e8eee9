/**
 * Which form names have a visible field, so the error summary can list exactly the issues that
 * no field shows (cross-field rules at 'tracks', a field this view does not edit, ...). A store
 * rather than React state: fields register as they mount, and only the summary re-renders.
 */
export class FieldRegistry {
  private readonly exact = new Map<string, number>();
  private readonly groups = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** A group (a list of checkboxes) also shows the issues of its items, e.g. 'actors.2'. */
  add(name: string, group = false): () => void {
    const map = group ? this.groups : this.exact;
    map.set(name, (map.get(name) ?? 0) + 1);
    this.changed();
    return () => {
      const count = (map.get(name) ?? 1) - 1;
      if (count > 0) map.set(name, count);
      else map.delete(name);
      this.changed();
    };
  }

  has(name: string): boolean {
    if (this.exact.has(name) || this.groups.has(name)) return true;
    for (const group of this.groups.keys()) if (name.startsWith(`${group}.`)) return true;
    return false;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
