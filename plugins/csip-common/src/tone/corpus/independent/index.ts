import type { IndependentCorpus } from './independentCorpus';
import { WRITER_A } from './writerA';
import { WRITER_B } from './writerB';
import { WRITER_C } from './writerC';
import { WRITER_D } from './writerD';
import { WRITER_E } from './writerE';
import { WRITER_F } from './writerF';
import { WRITER_G } from './writerG';
import { WRITER_H } from './writerH';
import { WRITER_I } from './writerI';
import { WRITER_J } from './writerJ';
import { WRITER_K } from './writerK';
import { WRITER_L } from './writerL';
import { WRITER_M } from './writerM';
import { WRITER_N } from './writerN';
import { WRITER_O } from './writerO';
import { WRITER_P } from './writerP';
import { WRITER_Q } from './writerQ';
import { WRITER_R } from './writerR';
import { WRITER_S } from './writerS';
import { WRITER_T } from './writerT';
import { WRITER_U } from './writerU';
import { WRITER_V } from './writerV';
import { WRITER_W } from './writerW';
import { WRITER_X } from './writerX';
import { WRITER_Y } from './writerY';
import { WRITER_Z } from './writerZ';

export type {
  IndependentCorpus,
  IndependentFigures,
} from './independentCorpus';

/** Every independent set, in the order they were written. */
export const INDEPENDENT_CORPORA: readonly IndependentCorpus[] = [
  WRITER_A,
  WRITER_B,
  WRITER_C,
  WRITER_D,
  WRITER_E,
  WRITER_F,
  WRITER_G,
  WRITER_H,
  WRITER_I,
  WRITER_J,
  WRITER_K,
  WRITER_L,
  WRITER_M,
  WRITER_N,
  WRITER_O,
  WRITER_P,
  WRITER_Q,
  WRITER_R,
  WRITER_S,
  WRITER_T,
  WRITER_U,
  WRITER_V,
  WRITER_W,
  WRITER_X,
  WRITER_Y,
  WRITER_Z,
];
