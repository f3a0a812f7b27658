import { readFile, writeFile } from 'node:fs/promises';
import { formatPath, type Issue } from '@tandem/core';
import { commandFailure } from './failures';

/** The path that means standard input (for reading) or standard output (for writing). */
export const STDIO = '-';

/** A path as people read it in messages: `-` is `stdin` (or `stdout`). */
export function shownPath(path: string, stream: 'stdin' | 'stdout' = 'stdin'): string {
  return path === STDIO ? stream : path;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The bytes of a file, or of stdin for `-`. A file that cannot be opened is a usage failure
 * (exit 2) naming the file and why.
 *
 * @example
 * const bytes = await readBytes('matrix.xlsx');
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  if (path === STDIO) return readStdin();
  try {
    return await readFile(path);
  } catch (error) {
    throw commandFailure('usage', [`${path}: ${reasonOf(error)}`]);
  }
}

/**
 * The text of a file (UTF-8), or of stdin for `-`.
 *
 * @example
 * const text = await readText('matrix.csv');
 */
export async function readText(path: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path));
}

/**
 * Reads a JSON file and hands it to one of the core's parse functions; its issues become an
 * input failure (exit 1), one line per issue with its path: `policy.json: priorities.P1: …`.
 *
 * @example
 * const policy = await readJson('policy.json', (json) => parseSlaPolicy(json, calendars));
 */
export async function readJson<T>(
  path: string,
  parse: (json: unknown) => { ok: true; value: T } | { ok: false; issues: readonly Issue[] },
): Promise<T> {
  const text = await readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw commandFailure('input', [`${shownPath(path)}: not valid JSON (${reasonOf(error)}).`]);
  }
  const result = parse(json);
  if (result.ok) return result.value;
  throw commandFailure('input', issueLines(shownPath(path), result.issues));
}

/**
 * One line per issue: `file: path: message` (the path left out when it is the root).
 *
 * @example
 * issueLines('policy.json', issues); // ['policy.json: priorities.P1.response.minutes: Must be …']
 */
export function issueLines(file: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) =>
    issue.path.length === 0
      ? `${file}: ${issue.message}`
      : `${file}: ${formatPath(issue.path)}: ${issue.message}`,
  );
}

/**
 * Writes text or bytes to a file, or to stdout for `-`.
 *
 * @example
 * await writeOutput('matrix.md', markdown);
 */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  if (path === STDIO) {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(data, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  try {
    await writeFile(path, data);
  } catch (error) {
    throw commandFailure('usage', [`${path}: ${reasonOf(error)}`]);
  }
}

/**
 * A short reason for a failed file operation: `no such file`, or the error's own message.
 *
 * @example
 * reasonOf(error); // 'no such file'
 */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
