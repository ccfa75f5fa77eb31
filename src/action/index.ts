import { isPost } from './state.js';
import { exitWhenIdleOrSoon } from '../wiring/exit.js';

// The post phase only removes containers, so it loads neither the engine nor the API clients.
void (
  isPost()
    ? import('./post.js').then(({ runPost }) => runPost())
    : import('./main.js').then(({ runMain }) => runMain())
).then(() => exitWhenIdleOrSoon());
