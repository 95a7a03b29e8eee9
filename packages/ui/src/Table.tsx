import type { Key, ReactNode } from 'react';
import { cx } from './field.js';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  /** Cell content; defaults to `String(row[key])`. */
  render?: (row: Row) => ReactNode;
  /** Renders this column's cells as `<th scope="row">` (the row's name). */
  rowHeader?: boolean;
}

export interface TableProps<Row> {
  /** Required: names the table for screen readers (WCAG 1.3.1). */
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  getRowKey: (row: Row, index: number) => Key;
  /** Shown in a single cell when there are no rows. */
  emptyText?: ReactNode;
  className?: string;
}

export function Table<Row>({
  caption,
  columns,
  rows,
  getRowKey,
  emptyText,
  className,
}: TableProps<Row>) {
  if (caption === undefined || caption === null || caption === '' || caption === false) {
    throw new Error('Table: a caption is required');
  }
  return (
    <div className="ms-table-wrapper">
      <table className={cx('ms-table', className)}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyText ? (
            <tr>
              <td colSpan={columns.length}>{emptyText}</td>
            </tr>
          ) : null}
          {rows.map((row, index) => (
            <tr key={getRowKey(row, index)}>
              {columns.map((c) => {
                const content = c.render
                  ? c.render(row)
                  : String((row as Record<string, unknown>)[c.key] ?? '');
                return c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c.key}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
