import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A word as poppler's `pdftotext -bbox` reads it back: its box in points from the page's top-left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfWordsPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const unescape = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page's words with their boxes, read by poppler (an independent reader from the one the layout checker uses). */
export function pdfWords(bytes: Buffer): PdfWordsPage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-words-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, bytes);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
      width: Number(page[1]),
      height: Number(page[2]),
      words: [...page[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (word) => ({
          xMin: Number(word[1]),
          yMin: Number(word[2]),
          xMax: Number(word[3]),
          yMax: Number(word[4]),
          text: unescape(word[5]).normalize('NFC'),
        }),
      ),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The box of a printed line: the run of consecutive words equal to the line's words, or null when it is not there. */
export function lineBox(page: PdfWordsPage, line: string): PdfWord | null {
  const wanted = line.normalize('NFC').split(/\s+/u).filter(Boolean);
  for (let start = 0; start + wanted.length <= page.words.length; start++) {
    const run = page.words.slice(start, start + wanted.length);
    if (run.every((word, index) => word.text === wanted[index]) && run.every((word) => Math.abs(word.yMin - run[0].yMin) < 0.5)) {
      return {
        text: line,
        xMin: run[0].xMin,
        yMin: Math.min(...run.map((word) => word.yMin)),
        xMax: run[run.length - 1].xMax,
        yMax: Math.max(...run.map((word) => word.yMax)),
      };
    }
  }
  return null;
}
