// Prints each benchmark's median and the Node version, which vitest's bench table leaves out.
import { experimental_getRunnerTask, type Reporter, type TestModule } from 'vitest/node';

function medianLines(testModule: TestModule): string[] {
  const lines: string[] = [];
  for (const testCase of testModule.children.allTests()) {
    const result = experimental_getRunnerTask(testCase).result?.benchmark;
    if (result === undefined) continue;
    lines.push(
      `  ${testCase.name}: median ${result.median.toFixed(3)} ms (${result.sampleCount} samples)`,
    );
  }
  return lines;
}

/** Loaded by path from the bench config, so that the config imports nothing relative. */
export default class MedianReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const lines = testModules.flatMap(medianLines);
    // A reporter writes to stdout directly; console output would be captured as test logs.
    process.stdout.write(`\nNode ${process.version}\n${lines.join('\n')}\n`);
  }
}
