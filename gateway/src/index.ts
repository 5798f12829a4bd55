import { createLogger } from '@pas/platform';
import { startGateway } from './gateway.js';

try {
  const gateway = await startGateway();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  createLogger('gateway').fatal({ err: error }, 'could not start');
  process.exit(1);
}
