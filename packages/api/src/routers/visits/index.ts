import { router } from '../../core/procedure.js';
import { day } from './day.js';
import { book } from './book.js';
import { myQueue } from './my-queue.js';
import { planDay } from './plan-day.js';
import { suggestTimes } from './suggest-times.js';
import {
  cancel,
  checkIn,
  completeStep,
  noShow,
  reschedule,
  skipStep,
  startStep,
} from './events.js';

export const visitsRouter = router({
  book,
  reschedule,
  cancel,
  checkIn,
  startStep,
  completeStep,
  skipStep,
  noShow,
  day,
  myQueue,
  planDay,
  suggestTimes,
});
