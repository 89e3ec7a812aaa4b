// Every grammar source and the JSON file it is written to.
import smtp from './smtp.mjs';
import eml from './eml.mjs';
import mailLog from './mailLog.mjs';
import logInjection from './logInjection.mjs';
import { postfixMain, postfixMaster, postfixLookup } from './postfix.mjs';

export const grammarSources = [
  { file: 'smtp.tmLanguage.json', grammar: smtp },
  { file: 'eml.tmLanguage.json', grammar: eml },
  { file: 'mail-log.tmLanguage.json', grammar: mailLog },
  { file: 'postfix-main.tmLanguage.json', grammar: postfixMain() },
  { file: 'postfix-master.tmLanguage.json', grammar: postfixMaster() },
  { file: 'postfix-lookup.tmLanguage.json', grammar: postfixLookup() },
  { file: 'log-injection.tmLanguage.json', grammar: logInjection },
];
