import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SettingsOf } from '../shared/commands/definition.js';
import type { standInCommand } from '../shared/commands/stand-in.js';
import { UsageError } from '../shared/commands/usage-error.js';
import type { CommandResult, Host } from '../shared/host/host.js';
import { parseJson } from '../shared/json/parse-json.js';
import type { StandInConfigInput } from './config.js';
import { startStandIn } from './start.js';

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) throw new UsageError(`--port must be a TCP port number from 0 to 65535 (0 picks a free one); got '${raw}'.`);
  return port;
}

async function readConfig(file: string | undefined, workingDirectory: string): Promise<StandInConfigInput> {
  if (!file) return {};
  const full = path.resolve(workingDirectory, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the stand-in configuration ${full}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  try {
    const parsed = parseJson(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
    return parsed as StandInConfigInput;
  } catch (error) {
    throw new UsageError(`The stand-in configuration ${full} is not a JSON object: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `mapp stand-in`: start, print the env line, serve until interrupted, stop cleanly. */
export async function runStandIn(host: Host, settings: SettingsOf<typeof standInCommand>): Promise<CommandResult> {
  const port = parsePort(settings.port);
  const config = await readConfig(settings.config, host.workingDirectory);
  const stopped = untilStopSignal();
  const standIn = await startStandIn({ port, config });
  host.log.info(JSON.stringify({ env: standIn.env }));
  const signal = await stopped;
  host.log.debug(`stand-in: ${signal} received, stopping.`);
  await standIn.stop();
  return { exitCode: 0 };
}
