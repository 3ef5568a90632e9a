import type { Figure } from './figures';

const vn = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—';

/** A figure's value in its unit: "12,3 ms", "1,2 MB", "45.000 dòng/s". */
export function formatValue(value: number | undefined, unit: Figure['unit']): string {
  if (value === undefined) return '';
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return value >= 1000 ? `${vn(value / 1000, 2)} s` : `${vn(value, value < 10 ? 2 : 1)} ms`;
  if (unit === 'bytes') return value >= 1_000_000 ? `${vn(value / 1_000_000, 2)} MB` : `${vn(value / 1000, 1)} kB`;
  return `${vn(value)} dòng/s`;
}

function row(f: Figure, wideLabel: string): string[] {
  const baseline = f.baseline === undefined ? '' : `${formatValue(f.baseline, f.unit)} (${f.baselineLabel ?? ''})`;
  // A floor on throughput reads as a share of the raw rate; a ceiling as a multiple of the baseline.
  const ratio =
    f.compared === undefined ? '' : f.budget?.min !== undefined ? ` (đạt ${vn(f.compared * 100, 1)}%)` : ` (= ${vn(f.compared, 2)}×)`;
  return [
    f.scale === 'province' ? 'Kon Tum' : wideLabel,
    f.label,
    formatValue(f.value, f.unit),
    baseline,
    f.budgetText ? `${f.budgetText}${ratio}` : '',
    f.verdict + (f.note ? ` (${f.note})` : ''),
  ];
}

/** The wide data set: the whole country, or in --quick Kon Tum with its two neighbours. */
const wideLabel = (mode: string) => (mode === 'quick' ? '3 tỉnh' : 'toàn quốc');

const HEADERS = ['dữ liệu', 'số đo', 'giá trị', 'mốc so sánh', 'ngân sách', 'kết quả'];

/** The printed table: fixed-width columns. */
export function renderTable(figures: Figure[], mode: string): string {
  const rows = [HEADERS, ...figures.map((f) => row(f, wideLabel(mode)))];
  const widths = HEADERS.map((_, i) => Math.min(70, Math.max(...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

interface Results {
  mode: string;
  runs: number;
  seconds: number;
  machine: { cpu: string; cores: number; ramGb: number; node: string; platform: string; date: string };
  datasets: Record<string, unknown>;
  figures: Figure[];
}

/** The same table as Markdown, with the machine, for the README. */
export function renderMarkdown(results: Results): string {
  const m = results.machine;
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const lines = [
    `Chế độ \`${results.mode}\`, trung vị của ${results.runs} lần đo, ${results.seconds} s; máy: ${m.cpu}, ${m.cores} nhân, ${m.ramGb} GB RAM, Node ${m.node}, ${m.platform}; ${m.date.slice(0, 10)}.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...results.figures.map((f) => `| ${row(f, wideLabel(results.mode)).map(escape).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}
