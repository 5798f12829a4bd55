/** Run by `npm install`: makes an embedded MongoDB engine available unless MONGODB_URI is set. */
import pino from 'pino';
import { provisionEngine } from './engine.js';

const log = pino({ name: 'mongo-runtime-setup' });
if (process.env.MONGODB_URI) {
  log.info('MONGODB_URI is set: no embedded engine needed');
} else {
  try {
    const engine = await provisionEngine(log);
    log.info({ engine }, 'embedded MongoDB engine ready');
  } catch (error) {
    // Installing must not fail for want of an engine: `npm start` repeats the message.
    log.warn((error as Error).message);
  }
}
