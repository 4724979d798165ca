// What npm printed when the generator or its install failed: its own error lines, picked out.

/** What npm itself said, without the noise around it (warnings, log-file hints, indentation). */
export function npmMessage(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const wanted = lines.filter((l) => /^(npm (error|ERR!)|ERROR \||Error:)/.test(l) && !/complete log of this run|^npm error A complete log/i.test(l));
  const unique = [...new Set(wanted)];
  const text = (unique.length ? unique : lines.slice(-8)).join('\n');
  return text.length > 4000 ? text.slice(0, 4000) + '…' : text;
}
