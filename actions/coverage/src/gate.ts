// The coverage gate: read every report, map its paths to tracked files, and decide on totals,
// per-path rules, changed lines and the drop against a baseline.

import type { Gate } from '../../common/src/gate';
import { collect } from './collect';
import { evaluate } from './evaluate';
import { OPTIONS, type CoverageOptions } from './options';

const gate: Gate<CoverageOptions> = {
  name: 'coverage',
  title: 'Coverage',
  description:
    'Exact coverage thresholds on totals, paths, changed lines and drops, from lcov, Cobertura, JaCoCo, Clover, istanbul, Go and coverage.py reports — offline.',
  options: OPTIONS,
  async run(options, ctx) {
    const data = await collect(options, ctx);
    return evaluate(options, data);
  },
};

export default gate;
