// The worker thread's entry for tinypool: a worker starts without the parent's loaders, so it
// registers tsx itself before importing the TypeScript task (tinypool's execArgv cannot).
import { register } from 'tsx/esm/api';

register();
const { runEventTaskInWorker } = await import('./task.ts');

export default runEventTaskInWorker;
