/** The printed corpus's groups (test/corpus/transcripts: real clients run on loopback), measured by transcriptCorpus.ts. */
import { corpusSuite } from './transcriptCorpus';

corpusSuite('transcripts');
