import { spawn } from 'node:child_process';

/**
 * Runs a load script (TypeScript, through tsx as a loader inside that very process, so that the signal hits the
 * writer itself) that prints `ack <what>` for every write acknowledged to it, SIGKILLs it once `acks` have been
 * printed, and returns what was acknowledged, in order. For tests of what survives a killed process.
 */
export function killAfterAcks(script: string, args: readonly string[], acks: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const acked: string[] = [];
    const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (acked.length >= acks && proc.exitCode === null) proc.kill('SIGKILL');
    });
    proc.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? done(acked) : fail(new Error(`${script} exited ${signal ?? code}`)),
    );
  });
}
