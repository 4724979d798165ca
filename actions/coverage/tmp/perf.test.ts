import { test } from 'vitest';
import { readLcov } from '../src/formats/lcov';
import { addTotals, emptyTotals } from '../src/model';
test('perf', async () => {
  for (let k = 0; k < 4; k++) {
    const c0 = process.cpuUsage();
    const r = await readLcov('/work/main/.bench/coverage/lcov-repo/coverage/lcov.info', 'x', { strict: false }, 1e10);
    const c1 = process.cpuUsage(c0);
    const t = emptyTotals();
    for (const f of r.files.values()) addTotals(t, f.totals());
    const c2 = process.cpuUsage(c0);
    console.log('parse cpu', (c1.user + c1.system) / 1000 | 0, 'totals cpu', ((c2.user + c2.system) - (c1.user + c1.system)) / 1000 | 0);
  }
}, 60000);
