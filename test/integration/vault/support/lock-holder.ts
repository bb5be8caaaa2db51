// A process that takes a vault's instance lock, says so, and waits to be killed: a studio that crashed.
import { acquireInstanceLock } from '../../../../main/services/vault/instance-lock';

await acquireInstanceLock(process.argv[2]!, { staleMs: 60_000 });
process.stdout.write('locked\n');
setInterval(() => undefined, 1_000);
