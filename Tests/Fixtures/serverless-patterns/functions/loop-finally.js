// break and continue leaving a try…finally run the finally block first.
exports.handler = (context, event, callback) => {
  const log = [];
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      log.push(`body ${i}`);
    } finally {
      log.push(`finally ${i}`);
    }
  }
  callback(null, log.join('; '));
};
