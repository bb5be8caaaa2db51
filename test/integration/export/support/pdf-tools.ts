import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The real validators from poppler and qpdf, as a reader of the exported files would use them. */

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[]): Promise<ToolRun> {
  return new Promise((resolveRun) =>
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolveRun({ code, stdout, stderr });
    }),
  );
}

/**
 * pdfsig's verdict. pdfsig exits 0 whatever it finds, so its text is parsed: the validation line of the first
 * signature and whether the signed ranges cover the whole file.
 */
export async function pdfsig(path: string): Promise<{ validation: string; wholeDocument: boolean; output: string }> {
  const { stdout, stderr } = await run('/usr/bin/pdfsig', [path]);
  const output = `${stdout}\n${stderr}`;
  return {
    validation: /Signature Validation: (.+)$/m.exec(output)?.[1]?.trim() ?? 'none',
    wholeDocument: /^\s*- Total document signed$/m.test(output),
    output,
  };
}

export async function qpdfCheck(path: string): Promise<ToolRun> {
  return run('/usr/bin/qpdf', ['--check', path]);
}

/** The PDF's text as poppler extracts it, whitespace runs made single spaces (lines wrap anywhere). */
export async function pdfText(path: string): Promise<string> {
  const { code, stdout, stderr } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', path, '-']);
  if (code !== 0) throw new Error(`pdftotext failed: ${stderr}`);
  return stdout.replace(/\s+/g, ' ');
}

export async function pdfPages(path: string): Promise<number> {
  const { stdout } = await run('/usr/bin/pdfinfo', [path]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1] ?? NaN);
}

/** Writes an API export's bytes into `folder` and returns the path, for the tools to read. */
export async function saveExport(folder: string, file: { fileName: string; base64: string }): Promise<string> {
  const path = join(folder, file.fileName);
  await writeFile(path, Buffer.from(file.base64, 'base64'));
  return path;
}
