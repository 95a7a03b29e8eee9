import { router } from '../../core/procedure.js';
import { login } from './login.js';
import { rotateAccessCode } from './rotate-access-code.js';
import { checklist } from './checklist.js';
import { invitation } from './invitation.js';
import { feedback, myFeedback } from './feedback.js';

export const newcomerRouter = router({
  login,
  rotateAccessCode,
  checklist,
  invitation,
  feedback,
  myFeedback,
});
