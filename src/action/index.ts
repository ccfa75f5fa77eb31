import { isPost } from './state.js';
import { runMain } from './main.js';
import { runPost } from './post.js';

void (isPost() ? runPost() : runMain());
