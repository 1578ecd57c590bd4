// Starts the reference module as airisk.js starts the card's engine: the ES module factory built
// with -sMODULARIZE -sEXPORT_ES6.
import createReferenceModule from './reference.js';

createReferenceModule().catch((error) => console.error(`reference: ${error}`));
