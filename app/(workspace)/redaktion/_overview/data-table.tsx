// A plain table for the editor overview pages: a screen-reader caption (the section heading is
// visible), column headers with scope and the first cell of each row as its row header.
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; cells: React.ReactNode[] }[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 align-bottom">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="border-b border-line p-2 align-top font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="border-b border-line p-2 align-top">
                    {cell}
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
