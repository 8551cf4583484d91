import { ReplyError, type StandInReply } from './router.js';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): StandInReply {
  return { status, body, headers };
}

/** ARM's error envelope: `{"error": {"code", "message"}}`. */
export function armError(status: number, code: string, message: string, headers: Record<string, string> = {}): StandInReply {
  return { status, headers, body: { error: { code, message } } };
}

/** Answers at once with an ARM-shaped error (throw from anywhere inside a handler). */
export function failArm(status: number, code: string, message: string, headers: Record<string, string> = {}): never {
  throw new ReplyError(armError(status, code, message, headers));
}
