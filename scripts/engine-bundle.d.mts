/** The file URL of the cached esbuild bundle of `entry` (a path relative to the repository), built when missing or stale. */
export function engineBundle(entry: string): Promise<string>;
