import type { ChartConfig } from "~/components/charts/chart";

/**
 * The numbers behind a chart for screen readers: one row per point, one column per series. A
 * table can't shrink to sr-only's 1px, so the wrapper clips it instead.
 */
export function ChartDataTable<Row>({
  caption,
  config,
  rows,
  rowHeader,
  rowLabel,
  value,
}: {
  caption: string;
  config: ChartConfig;
  rows: Row[];
  /** The heading of the first column: "Run", "Month", "Campaign". */
  rowHeader: string;
  rowLabel: (row: Row) => string;
  value: (row: Row, key: string) => string;
}) {
  const keys = Object.keys(config);
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {keys.map((key) => (
              <th key={key} scope="col">
                {config[key]!.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{rowLabel(row)}</th>
              {keys.map((key) => (
                <td key={key}>{value(row, key)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
