import { router } from '../../core/procedure.js';
import { config } from './config.js';
import { me } from './me.js';
import { devLogin } from './dev-login.js';
import { logout } from './logout.js';

export const authRouter = router({ config, me, devLogin, logout });
