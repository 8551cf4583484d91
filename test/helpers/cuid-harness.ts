import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../shared/validate/finding.js';
import { unitFromFiles } from '../../shared/validate/load-unit.js';
import type { Rule } from '../../shared/validate/rule.js';
import { runRules } from '../../shared/validate/run-rules.js';
import type { UnitFile } from '../../shared/validate/unit.js';
import { FIXTURES } from './validate-fixture.js';

/** The createUiDefinition rules' clean package: every cuid rule passes on it. */
export const CLEAN_CUID_DIR = path.join(FIXTURES, 'cuid-clean');

/** Tests reach into the parsed JSON freely to break one thing at a time. */
export type Json = any;

/** The clean package's files, parsed, for tests to copy and break. */
export function cleanPackage(): { cuid: Json; template: Json } {
  return {
    cuid: JSON.parse(readFileSync(path.join(CLEAN_CUID_DIR, 'createUiDefinition.json'), 'utf8')),
    template: JSON.parse(readFileSync(path.join(CLEAN_CUID_DIR, 'mainTemplate.json'), 'utf8')),
  };
}

/** The text a test package file gets: strings as-is, anything else as two-space indented JSON. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n';
}

/** 1-based line and column of the first occurrence of a snippet (after `after`, when given). */
export function at(fileText: string, snippet: string, after = ''): { line: number; column: number } {
  const offset = fileText.indexOf(snippet, after ? fileText.indexOf(after) : 0);
  if (offset < 0) throw new Error(`snippet not found: ${snippet}`);
  const before = fileText.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Position of the object that holds a snippet (its opening brace). */
export function atObjectOf(fileText: string, snippet: string): { line: number; column: number } {
  const offset = fileText.lastIndexOf('{', fileText.indexOf(snippet));
  return at(fileText.slice(0, offset) + '\u0000', '\u0000');
}

function memoryFile(name: string, content: string): UnitFile {
  const bytes = new TextEncoder().encode(content);
  return { path: name, display: name, size: bytes.length, read: () => bytes };
}

/** Runs rules over an in-memory package (file contents as for `text`). */
export function runOn(rules: Rule | readonly Rule[], files: { cuid?: unknown; template?: unknown }): Finding[] {
  const unitFiles: UnitFile[] = [];
  if (files.cuid !== undefined) unitFiles.push(memoryFile('createUiDefinition.json', text(files.cuid)));
  if (files.template !== undefined) unitFiles.push(memoryFile('mainTemplate.json', text(files.template)));
  const unit = unitFromFiles('folder', '.', unitFiles, 0, []);
  return runRules(unit, Array.isArray(rules) ? rules : [rules as Rule]);
}
