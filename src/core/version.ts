/** Bumped when the result format or the engine's behaviour changes (cache keys use it). */
export const ENGINE_VERSION = '0.1.0';
