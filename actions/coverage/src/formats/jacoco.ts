// JaCoCo XML (report.dtd): package name in VM notation (a/b/c) + <sourcefile name>, lines with
// mi/ci (missed/covered instructions) and mb/cb (missed/covered branches). A line is coverable when
// it has instructions and covered when at least one ran. Methods come from <class>/<method> with
// their METHOD counter. Paths are package-relative: the resolver adds source roots.

import { getFile, type FileCoverage, type ParsedReport } from '../model';
import { BRANCH_SLOTS } from './cobertura';
import { scanXmlFile, type XmlAttributes, type XmlHandler, type XmlScanner } from './xml';

export class JacocoHandler implements XmlHandler {
  readonly files = new Map<string, FileCoverage>();
  private pkg = '';
  private file: FileCoverage | undefined;
  private classFile: FileCoverage | undefined;
  private className = '';
  private method: string | undefined;
  private methodCovered = false;
  private rootChecked = false;

  private pathOf(name: string): string {
    return this.pkg ? `${this.pkg}/${name}` : name;
  }

  open(name: string, attrs: XmlAttributes, scanner: XmlScanner): void {
    if (!this.rootChecked) {
      this.rootChecked = true;
      if (name !== 'report') throw scanner.inputError(`not a JaCoCo report: the root element is <${name}>, expected <report>`);
    }
    switch (name) {
      case 'line':
        if (this.file) this.line(this.file, attrs, scanner);
        return;
      case 'counter':
        if (this.method !== undefined && attrs.get('type') === 'METHOD') {
          const covered = attrs.uint('covered');
          if (covered < 0 || attrs.uint('missed') < 0) throw scanner.inputError('<counter> needs non-negative integer missed/covered');
          this.methodCovered = covered > 0;
        }
        return;
      case 'package':
        this.pkg = (attrs.get('name') ?? '').replace(/\./g, '/');
        return;
      case 'sourcefile': {
        const n = attrs.get('name');
        if (!n) throw scanner.inputError('<sourcefile> without a name attribute');
        this.file = getFile(this.files, this.pathOf(n));
        return;
      }
      case 'class': {
        const src = attrs.get('sourcefilename');
        this.className = attrs.get('name') ?? '';
        this.classFile = src ? getFile(this.files, this.pathOf(src)) : undefined;
        return;
      }
      case 'method':
        this.method = `${this.className}.${attrs.get('name') ?? ''}${attrs.get('desc') ?? ''}`;
        this.methodCovered = false;
        return;
    }
  }

  close(name: string): void {
    if (name === 'sourcefile') this.file = undefined;
    else if (name === 'package') this.pkg = '';
    else if (name === 'class') this.classFile = undefined;
    else if (name === 'method') {
      if (this.classFile && this.method !== undefined) this.classFile.markFunction(this.method, this.methodCovered);
      this.method = undefined;
    }
  }

  private line(file: FileCoverage, attrs: XmlAttributes, scanner: XmlScanner): void {
    const nr = attrs.uint('nr');
    const mi = attrs.uint('mi');
    const ci = attrs.uint('ci');
    const mb = attrs.uint('mb');
    const cb = attrs.uint('cb');
    if (nr < 1 || mi < 0 || ci < 0 || mb < 0 || cb < 0) {
      throw scanner.inputError('<line> needs nr >= 1 and non-negative integer mi, ci, mb, cb');
    }
    if (mi + ci > 0) file.markLine(nr, ci > 0);
    const total = mb + cb;
    if (total >= BRANCH_SLOTS) throw scanner.inputError(`<line nr="${nr}"> has ${total} branches, more than this reader supports`);
    for (let i = 0; i < total; i++) file.markBranch(nr * BRANCH_SLOTS + i, i < cb);
  }
}

export async function readJacoco(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const handler = new JacocoHandler();
  await scanXmlFile(path, displayName, maxBytes, handler);
  return { format: 'jacoco', file: displayName, files: handler.files, roots: [], ignored: [] };
}
