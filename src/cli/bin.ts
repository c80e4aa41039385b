import { exitQuietlyOnClosedPipe } from './closed-pipe.js';
import { processIo } from './io.js';
import { main } from './main.js';

exitQuietlyOnClosedPipe();

process.exitCode = await main(process.argv.slice(2), processIo);
