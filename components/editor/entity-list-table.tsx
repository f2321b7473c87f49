import type { ReactNode } from "react";

export type ListColumn<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** the column that names the row (rendered as a row header) */
  rowHeader?: boolean;
};

type Props<Row> = { caption: string; columns: ListColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string; empty: string };

/** The editor lists' table: caption, column headers with scope, one row header per entry. */
export function EntityListTable<Row>({ caption, columns, rows, rowKey, empty }: Props<Row>) {
  if (rows.length === 0) return <p className="mt-6 border-l-4 border-line pl-3">{empty}</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="border-b-2 border-ink p-2 align-bottom">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className="border-b border-line p-2 align-top font-normal">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className="border-b border-line p-2 align-top">
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
