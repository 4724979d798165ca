// Cobertura XML (coverage-04.dtd) as written by coverage.py, Coverlet, gcovr and istanbul.
// Lines are read from <class><lines> only, as diff-cover does: Coverlet repeats them under <method>,
// and istanbul's <method> lines are declaration lines its own line coverage does not count.
// Method lines only decide whether the method ran. Branches come from
// condition-coverage="50% (1/2)"; without identities, a line's branches are numbered 0..total-1.

import { getFile, type FileCoverage, type ParsedReport } from '../model';
import { scanXmlFile, type XmlAttributes, type XmlHandler, type XmlScanner } from './xml';

/** Branch keys for formats that give "covered of total" per line. */
export const BRANCH_SLOTS = 4096;

export class CoberturaHandler implements XmlHandler {
  readonly files = new Map<string, FileCoverage>();
  readonly roots: string[] = [];
  wantText = false;
  private sourceText = '';
  private file: FileCoverage | undefined;
  private method: string | undefined;
  private methodHit = false;
  private rootChecked = false;
  /** Inside <class><lines>: the lines that count. */
  private classLines = false;
  private classDepth = -1;

  open(name: string, attrs: XmlAttributes, scanner: XmlScanner): void {
    if (!this.rootChecked) {
      this.rootChecked = true;
      if (name !== 'coverage') throw scanner.inputError(`not a Cobertura report: the root element is <${name}>, expected <coverage>`);
    }
    switch (name) {
      case 'line':
        if (this.file) this.line(this.file, attrs, scanner);
        return;
      case 'lines':
        if (this.file && scanner.depth === this.classDepth + 1) this.classLines = true;
        return;
      case 'class': {
        const filename = attrs.get('filename');
        if (!filename) throw scanner.inputError('<class> without a filename attribute');
        this.file = getFile(this.files, filename);
        this.classDepth = scanner.depth;
        return;
      }
      case 'method':
        this.method = `${attrs.get('name') ?? ''}${attrs.get('signature') ?? ''}`;
        this.methodHit = false;
        return;
      case 'source':
        this.wantText = true;
        this.sourceText = '';
        return;
    }
  }

  text(text: string): void {
    this.sourceText += text;
  }

  close(name: string): void {
    if (name === 'lines') this.classLines = false;
    else if (name === 'class') this.file = undefined;
    else if (name === 'method') {
      if (this.file && this.method !== undefined) this.file.markFunction(this.method, this.methodHit);
      this.method = undefined;
    } else if (name === 'source') {
      this.wantText = false;
      const root = this.sourceText.trim();
      if (root) this.roots.push(root);
    }
  }

  private line(file: FileCoverage, attrs: XmlAttributes, scanner: XmlScanner): void {
    const number = attrs.uint('number');
    if (number < 1) throw scanner.inputError(`<line> needs a number attribute >= 1 (got ${JSON.stringify(attrs.get('number') ?? null)})`);
    let hits = attrs.uint('hits');
    if (hits < 0) {
      const raw = attrs.get('hits');
      const n = raw === undefined ? NaN : Number(raw);
      if (Number.isNaN(n)) throw scanner.inputError(`<line number="${number}"> has hits=${JSON.stringify(raw ?? null)}, not a number`);
      if (n < 0) throw scanner.inputError(`<line number="${number}"> has a negative hit count (${raw})`);
      hits = n;
    }
    if (this.method !== undefined && hits > 0) this.methodHit = true;
    if (!this.classLines) return;
    file.markLine(number, hits > 0);
    const branch = attrs.get('branch');
    if (branch !== undefined && branch.toLowerCase() === 'true') {
      const cc = attrs.get('condition-coverage');
      if (cc === undefined) return;
      const m = /\((-?\d+)\/(-?\d+)\)/.exec(cc);
      if (!m) throw scanner.inputError(`<line number="${number}"> has an unreadable condition-coverage ${JSON.stringify(cc)}`);
      const covered = Number(m[1]);
      const total = Number(m[2]);
      if (covered < 0 || total < 0 || covered > total || total >= BRANCH_SLOTS) {
        throw scanner.inputError(`<line number="${number}"> has an impossible condition-coverage ${JSON.stringify(cc)}`);
      }
      for (let i = 0; i < total; i++) file.markBranch(number * BRANCH_SLOTS + i, i < covered);
    }
  }
}

export async function readCobertura(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const handler = new CoberturaHandler();
  await scanXmlFile(path, displayName, maxBytes, handler);
  return { format: 'cobertura', file: displayName, files: handler.files, roots: handler.roots, ignored: [] };
}
