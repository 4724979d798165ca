// Go coverprofile (`go test -coverprofile`, x/tools cover/profile.go): `mode: set|count|atomic`, then
// `import/path/file.go:startLine.startCol,endLine.endCol numStmts count`. Identical blocks (same
// file and positions, e.g. from several packages' runs) merge: set → OR, count/atomic → sum; a
// block repeated with a different statement count is an error. Statements are native; every line
// of a block is coverable and covered when any block on it ran. The module prefix is stripped by
// the path resolver using go.mod.

import { InputError } from '../../../common/src/errors';
import { getFile, type FileCoverage, type ParsedReport } from '../model';
import { streamLines } from './stream';

interface Block {
  startLine: number;
  endLine: number;
  stmts: number;
  hit: boolean;
}

export class GoProfileParser {
  private mode: string | undefined;
  private readonly blocks = new Map<string, Map<string, Block>>();
  private lastFile = '';
  private lastBlocks: Map<string, Block> | undefined;

  constructor(private readonly displayName: string) {}

  line(text: string, lineNo: number): void {
    if (this.mode === undefined) {
      const m = /^mode: (set|count|atomic)\s*$/.exec(text);
      if (!m) throw new InputError('a Go coverprofile starts with "mode: set|count|atomic"', this.displayName, lineNo, 1);
      this.mode = m[1];
      return;
    }
    if (!text.trim()) return;
    // Profiles merged with `cat` repeat the mode line.
    if (text.startsWith('mode: ')) {
      if (text.trim() !== `mode: ${this.mode}`) throw new InputError(`mixed profile modes (${this.mode} and ${text.slice(6).trim()})`, this.displayName, lineNo, 1);
      return;
    }
    const colon = text.lastIndexOf(':');
    const m = colon > 0 ? /^(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)\s*$/.exec(text.slice(colon + 1)) : null;
    if (!m) {
      const neg = colon > 0 && /^\S+ \d+ -\d+\s*$/.test(text.slice(colon + 1));
      throw new InputError(
        neg ? 'negative execution count' : 'malformed block: expected <file>:<line>.<col>,<line>.<col> <statements> <count>',
        this.displayName,
        lineNo,
        1,
      );
    }
    const file = text.slice(0, colon);
    let blocks = this.lastBlocks;
    if (file !== this.lastFile || !blocks) {
      blocks = this.blocks.get(file);
      if (!blocks) {
        blocks = new Map();
        this.blocks.set(file, blocks);
      }
      this.lastFile = file;
      this.lastBlocks = blocks;
    }
    const startLine = Number(m[1]);
    const endLine = Number(m[3]);
    if (startLine < 1 || endLine < startLine) throw new InputError(`block ends (line ${endLine}) before it starts (line ${startLine})`, this.displayName, lineNo, colon + 2);
    const key = `${m[1]}.${m[2]},${m[3]}.${m[4]}`;
    const stmts = Number(m[5]);
    const hit = m[6] !== '0' && /[1-9]/.test(m[6]!);
    const prev = blocks.get(key);
    if (prev) {
      if (prev.stmts !== stmts) {
        throw new InputError(`block ${file}:${key} appears with ${prev.stmts} and ${stmts} statements: the profiles are from different sources`, this.displayName, lineNo, 1);
      }
      prev.hit ||= hit;
    } else blocks.set(key, { startLine, endLine, stmts, hit });
  }

  finish(lastLine: number): Map<string, FileCoverage> {
    if (this.mode === undefined) throw new InputError('empty report', this.displayName, lastLine || 1);
    const files = new Map<string, FileCoverage>();
    for (const [name, blocks] of this.blocks) {
      const file = getFile(files, name);
      for (const [key, b] of blocks) {
        if (b.stmts > 0) file.markStatement(key, b.stmts, b.hit);
        for (let l = b.startLine; l <= b.endLine; l++) file.markLine(l, b.hit);
      }
    }
    return files;
  }
}

export async function readGo(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const parser = new GoProfileParser(displayName);
  const n = await streamLines(path, displayName, maxBytes, (buf, s, e, lineNo) => parser.line(buf.toString('utf8', s, e), lineNo));
  return { format: 'go', file: displayName, files: parser.finish(n), roots: [], ignored: [] };
}
