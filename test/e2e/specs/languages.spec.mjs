// The six languages are picked by file name, and `smtp` also by the first line of a file.
import { describe } from 'node:test';

const byFileName = [
  ['transcripts/rejected-recipient.smtp', 'SMTP'],
  ['transcripts/relay-test.smtp.log', 'SMTP'],
  ['bounces/user-unknown.eml', 'Email'],
  ['logs/mail.log', 'Mail Log'],
  ['postfix/main.cf', 'Postfix main.cf'],
  ['postfix/master.cf', 'Postfix master.cf'],
  ['postfix/header_checks', 'Postfix Lookup Table'],
  ['postfix/recipient_access', 'Postfix Lookup Table'],
];

export default function languageSpecs(session) {
  describe('languages', () => {
    for (const [file, mode] of byFileName) {
      session.test(`${file} opens as ${mode}`, async (workbench) => {
        await workbench.openFile(file);
        await workbench.waitForLanguageMode(mode);
      });
    }

    session.test('a file without extension that opens with "220 … ESMTP" is an SMTP transcript', async (workbench) => {
      await workbench.openFile('transcripts/captured-session');
      await workbench.waitForLanguageMode('SMTP');
    });
  });
}
