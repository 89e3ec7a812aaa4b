/** The pasted corpus's groups (test/corpus/pasted), measured by transcriptCorpus.ts. */
import { corpusSuite } from './transcriptCorpus';

corpusSuite('pasted');
