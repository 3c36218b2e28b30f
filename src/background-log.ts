/** Where work done off any request (scheduled releases, webhook deliveries) reports what happened. */
export interface BackgroundLog {
  info(obj: object, message: string): void
  warn(obj: object, message: string): void
  error(obj: object, message: string): void
}

export const silentLog: BackgroundLog = { info() {}, warn() {}, error() {} }
