/**
 * Where the app reads the time for decisions that depend on it (deadlines, windows, rate limits of domain actions).
 * The system clock in production; tests install an adjustable one to move time forward instead of waiting (a time
 * limit of three working days passes in a line of code), and the demo seeder one that replays the past.
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that keeps running from where it was set; `advance` moves it forward (tests, seeds). */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock forward (or back, with a negative amount). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets the clock to `at`, from which it keeps running. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** Back to the machine's time. */
  reset(): void {
    this.offsetMs = 0;
  }
}
