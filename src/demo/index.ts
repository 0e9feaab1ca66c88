// Filled in by its issue; the script exists so `npm run demo` works from the start.
console.log('demo: not yet');
