// Sets the core's text-library port (src/search/text-tools.ts) with the real libraries before each test file.
import '../src/adapters/text-tools.js';
