import { isPost } from './state.js';
import { runMain } from './main.js';
import { runPost } from './post.js';
import { exitWhenIdleOrSoon } from '../setup/exit.js';

void (isPost() ? runPost() : runMain()).then(() => exitWhenIdleOrSoon());
