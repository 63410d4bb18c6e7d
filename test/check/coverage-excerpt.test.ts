import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

describe('coverage/uncovered-sentence quotes the sentence', () => {
  it('without splitting an emoji at the cut, in every format', async () => {
    const sentence = `${'The harbour master said '.padEnd(76, 'x')}🌊 was the word of the day in the old port.`;
    const cwd = makeRepo({
      files: {
        'claims/s/story.txt': `${sentence}\n`,
        'claims/s/story.yaml': 'apiVersion: claims/v1\nkind: Story\nid: s\ntitle: T\ntext: story.txt\n',
      },
    });
    const json = await runClaims(['verify', '--format', 'json'], { cwd });
    const messages = parseJsonReport(json.stdout)
      .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'coverage/uncovered-sentence')
      .map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([`no claim is anchored in this sentence: "${sentence.slice(0, 76)}..."`]);
    for (const format of ['stylish', 'github', 'junit']) {
      const output = (await runClaims(['verify', '--format', format], { cwd })).stdout;
      expect(output, format).not.toContain('\uFFFD');
      expect(/\p{Cs}/u.test(output), `${format} holds half an emoji`).toBe(false);
    }
    const sarif = JSON.parse((await runClaims(['verify', '--format', 'sarif'], { cwd })).stdout) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    const sarifMessages = sarif.runs[0]!.results.filter((result) => result.ruleId === 'coverage/uncovered-sentence');
    expect(sarifMessages.map((result) => result.message.text)).toEqual(messages);
  });
});
