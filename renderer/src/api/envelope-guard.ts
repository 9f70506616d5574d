import { ERROR_CODES } from '../../../shared/api/envelope';
import type { Envelope, ErrorCode } from '../../../shared/api/envelope';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isErrorCode = (value: unknown): value is ErrorCode => ERROR_CODES.some((code) => code === value);

/** Whether something that crossed a process boundary has the envelope's shape. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !isRecord(value.error)) return false;
  const { code, message, path } = value.error;
  return isErrorCode(code) && typeof message === 'string' && (path === undefined || typeof path === 'string');
}
