// Clover XML as written by PHPUnit (php-code-coverage) and istanbul: <file name path> with
// <line num count type="stmt|cond|method">. stmt and cond lines are lines (and stmt lines
// statements); method lines are functions. cond lines carry truecount/falsecount, which mean two
// different things: in Clover proper, how often the condition was true and false (two branches,
// each covered when its count is > 0); istanbul's clover writer puts covered and uncovered branch
// counts there instead. The file's <metrics conditionals> tells them apart: it equals the sum of
// truecount + falsecount only in istanbul's reading.

import { getFile, type FileCoverage, type ParsedReport } from '../model';
import { BRANCH_SLOTS } from './cobertura';
import { scanXmlFile, type XmlAttributes, type XmlHandler, type XmlScanner } from './xml';

export class CloverHandler implements XmlHandler {
  readonly files = new Map<string, FileCoverage>();
  private file: FileCoverage | undefined;
  private rootChecked = false;
  private conds: number[] = [];
  private conditionals = -1;
  private fileDepth = 0;

  open(name: string, attrs: XmlAttributes, scanner: XmlScanner): void {
    if (!this.rootChecked) {
      this.rootChecked = true;
      if (name !== 'coverage') throw scanner.inputError(`not a Clover report: the root element is <${name}>, expected <coverage>`);
    }
    if (name === 'line') {
      if (this.file) this.line(this.file, attrs, scanner);
    } else if (name === 'file') {
      const path = attrs.get('path') || attrs.get('name');
      if (!path) throw scanner.inputError('<file> without a path or name attribute');
      this.file = getFile(this.files, path);
      this.fileDepth = scanner.depth;
      this.conds = [];
      this.conditionals = -1;
    } else if (name === 'metrics' && this.file && scanner.depth === this.fileDepth + 1 && attrs.uint('conditionals') >= 0) {
      // The file's own metrics (not a nested <class>'s), wherever it sits among the lines.
      this.conditionals = attrs.uint('conditionals');
    }
  }

  close(name: string): void {
    if (name !== 'file' || !this.file) return;
    const conds = this.conds;
    let sum = 0;
    for (let i = 0; i < conds.length; i += 3) sum += conds[i + 1]! + conds[i + 2]!;
    const istanbul = conds.length > 0 && sum === this.conditionals;
    for (let i = 0; i < conds.length; i += 3) {
      const num = conds[i]!;
      const t = conds[i + 1]!;
      const f = conds[i + 2]!;
      if (istanbul) {
        if (t + f >= BRANCH_SLOTS) continue;
        for (let b = 0; b < t + f; b++) this.file.markBranch(num * BRANCH_SLOTS + b, b < t);
      } else {
        this.file.markBranch(num * BRANCH_SLOTS, t > 0);
        this.file.markBranch(num * BRANCH_SLOTS + 1, f > 0);
      }
    }
    this.file = undefined;
    this.conds = [];
  }

  private count(attrs: XmlAttributes, name: string, scanner: XmlScanner, required: boolean): number {
    const n = attrs.uint(name);
    if (n >= 0) return n;
    const raw = attrs.get(name);
    if (raw === undefined && !required) return 0;
    const v = raw === undefined ? NaN : Number(raw);
    if (Number.isNaN(v) || v < 0) throw scanner.inputError(`<line> has ${name}=${JSON.stringify(raw ?? null)}, expected a non-negative number`);
    return v;
  }

  private line(file: FileCoverage, attrs: XmlAttributes, scanner: XmlScanner): void {
    const num = attrs.uint('num');
    if (num < 1) throw scanner.inputError(`<line> needs a num attribute >= 1`);
    const type = attrs.get('type') ?? 'stmt';
    const count = this.count(attrs, 'count', scanner, true);
    if (type === 'method') {
      file.markFunction(`${num}:${attrs.get('name') ?? ''}`, count > 0);
      return;
    }
    file.markLine(num, count > 0);
    if (type === 'stmt') file.markStatement(String(num), 1, count > 0);
    else if (type === 'cond') {
      this.conds.push(num, this.count(attrs, 'truecount', scanner, false), this.count(attrs, 'falsecount', scanner, false));
    }
  }
}

export async function readClover(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const handler = new CloverHandler();
  await scanXmlFile(path, displayName, maxBytes, handler);
  return { format: 'clover', file: displayName, files: handler.files, roots: [], ignored: [] };
}
