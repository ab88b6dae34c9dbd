/** Environment variables as read by configuration functions (process.env, or a test's plain object). */
export type Env = Readonly<Record<string, string | undefined>>;
