import { CaptionedTable } from "@/components/ui/captioned-table";

// A plain table for the editor overview pages: a screen-reader caption (the section heading is
// visible), column headers with scope and the first cell of each row as its row header.
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; cells: React.ReactNode[] }[] }) {
  return (
    <CaptionedTable caption={caption} columns={columns} headersAtBottom scroll>
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
    </CaptionedTable>
  );
}
