/** The reader could not tell who speaks: one note says so instead of silent misreadings. */
import { range } from '../../analysis';
import type { TranscriptRule } from './ruleContext';

export const speakerRule: TranscriptRule = {
  ids: ['smtp.speaker-unknown'],
  check({ model, report }) {
    if (model.reading.undecided) report('smtp.speaker-unknown', range(0, 0, model.lines[0]?.text.length ?? 0), []);
  },
};
