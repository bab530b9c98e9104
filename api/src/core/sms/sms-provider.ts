import type { Logger } from '../logging.js';

/** One text as it goes to a provider: our message id (also the idempotency key), an E.164 number and the text. */
export interface SmsToSend {
  id: string;
  to: string;
  text: string;
}

/** What a provider answers for a text it accepted: its own id of the message, when it gives one. */
export interface SmsAccepted {
  providerMessageId: string | null;
}

/**
 * A failed send. `retryable`: the provider may accept it later (busy, down, unreachable, too slow, rate-limited), so
 * the job system tries again with backoff; otherwise the text can never go as it is (refused number, bad credentials),
 * and it is a dead letter at once.
 */
export class SmsProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SmsProviderError';
  }
}

/**
 * Where texts go. `send` resolves once the provider has accepted the text, or throws an SmsProviderError; anything else
 * it throws counts as retryable. It may be called again for a text it already accepted (a worker that dies between the
 * provider's answer and marking the text sent), always with the same `id`: a provider that deduplicates by it sends once.
 */
export interface SmsProvider {
  send(message: SmsToSend): Promise<SmsAccepted>;
}

/** How texts leave Harbour (SMS_* environment variables, see config.ts). */
export interface SmsConfig {
  /** `log`: written to the log, nothing leaves the machine; `http`: POSTed to the provider's endpoint. */
  provider: 'log' | 'http';
  http: HttpSmsProviderOptions | null;
  /** Texts one phone number may be sent per hour within one organisation; more wait for the window. 0: no limit. */
  maxPerRecipientPerHour: number;
}

/** The default provider: writes each text to the log, sends nothing (development, demos, tests). */
export class LoggingSmsProvider implements SmsProvider {
  constructor(private readonly logger: Logger) {}

  async send(message: SmsToSend): Promise<SmsAccepted> {
    this.logger.info({ component: 'sms', sms: message }, 'SMS (logging provider: written here, not sent)');
    return { providerMessageId: `log:${message.id}` };
  }
}

/** Where and how the HTTP provider posts. */
export interface HttpSmsProviderOptions {
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** How long one request may take, answer included; longer counts as a retryable failure. */
  timeoutMs: number;
}

/** Longest provider id and error text kept from an answer (a provider's answer is not trusted to be small). */
const MAX_PROVIDER_ID = 200;
const MAX_ERROR_BODY = 300;

/**
 * Posts each text as JSON `{ id, to, text }` with a bearer token and an `Idempotency-Key: <id>` header. A 2xx answer
 * means sent (its JSON `id`, if any, is the provider's message id); 408, 429, 5xx, a network error or a timeout are
 * retryable; any other answer (other 4xx, a redirect) is permanent.
 */
export class HttpSmsProvider implements SmsProvider {
  constructor(private readonly options: HttpSmsProviderOptions) {}

  async send(message: SmsToSend): Promise<SmsAccepted> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        // A redirect would carry the token elsewhere: it is refused as a misconfiguration instead.
        redirect: 'manual',
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json', 'idempotency-key': message.id },
        body: JSON.stringify({ id: message.id, to: message.to, text: message.text }),
        signal,
      });
    } catch (error) {
      // fetch reports a refused connection or a DNS failure as its cause ("fetch failed" says nothing).
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      throw new SmsProviderError(signal.aborted ? `no answer within ${this.options.timeoutMs} ms` : `provider unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, true);
    }
    // Once the provider said 2xx the text is sent, whatever happens to the rest of its answer.
    const body = await response.text().catch(() => '');
    if (response.ok) return { providerMessageId: providerIdIn(body) };
    const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
    throw new SmsProviderError(`HTTP ${response.status}${body ? `: ${body.slice(0, MAX_ERROR_BODY)}` : ''}`, retryable);
  }
}

/** The `id` of a JSON answer, if it is a short string. */
function providerIdIn(body: string): string | null {
  try {
    const id = (JSON.parse(body) as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length > 0 && id.length <= MAX_PROVIDER_ID ? id : null;
  } catch {
    return null;
  }
}

/** The provider the configuration names. */
export function createSmsProvider(config: SmsConfig, logger: Logger): SmsProvider {
  return config.provider === 'http' && config.http ? new HttpSmsProvider(config.http) : new LoggingSmsProvider(logger);
}
