// The worker thread's entry for tinypool: a worker starts without the parent's loaders, so it
// registers tsx itself before importing the TypeScript task (tinypool's execArgv cannot).
import { register } from 'tsx/esm/api';

register();
const { default: runEventTaskInWorker } = await import('./worker-main.ts');

export default runEventTaskInWorker;
