// Filled in by its issue; the script exists so `npm run bench` works from the start.
console.log('bench: not yet');
