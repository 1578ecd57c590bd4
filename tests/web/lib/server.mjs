// The tests' in-process server is the same code as scripts/serve: one implementation.
// startServer(dir, {port = 0, headers = {}}) -> Promise<{url, close()}>
export { startServer } from '../../../scripts/serve.mjs';
