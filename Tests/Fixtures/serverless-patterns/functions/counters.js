// Closures made in a `for (let …)` loop see that iteration's value.
exports.handler = (context, event, callback) => {
  const captured = [];
  for (let i = 0; i < 3; i++) captured.push(() => i);
  const skipped = [];
  for (let j = 0; j < 6; j++) {
    skipped.push(() => j);
    j++;
  }
  callback(null, { captured: captured.map((f) => f()), skipped: skipped.map((f) => f()) });
};
