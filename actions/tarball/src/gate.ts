// The tarball gate: check the exact bytes npm will publish. The heavy modules load only when it runs.

import type { Gate } from '../../common/src/gate';
import { TARBALL_OPTIONS, type TarballOptions } from './options';

const gate: Gate<TarballOptions> = {
  name: 'tarball',
  title: 'npm tarball',
  description:
    'Packs the package (or takes a .tgz) and checks the exact bytes npm will publish: a hostile-archive-safe listing, required and forbidden files, published folders, size budgets, every entry point in package.json, and the changes since the previous release.',
  options: TARBALL_OPTIONS,
  async run(options, ctx) {
    const { runTarball } = await import('./run');
    return runTarball(options, ctx);
  },
};

export default gate;
