import { router } from '../../core/procedure.js';
import { register } from './register.js';
import { get } from './get.js';
import { search } from './search.js';
import { assess } from './assess.js';
import { addIdentifier } from './add-identifier.js';
import { updateFacts } from './update-facts.js';

export const newcomersRouter = router({
  register,
  get,
  search,
  assess,
  addIdentifier,
  updateFacts,
});
