// Unit tests call resolveOptions() directly; the runner loads its parsers lazily, so load them here once.
import { loadOptionParsers } from './actions/common/src/options';

await loadOptionParsers();
