// Optional chaining: a missing link makes the whole rest of the chain undefined.
exports.handler = (context, event, callback) => {
  const body = event.Body?.trim().toLowerCase();
  const hooks = { onReply: () => 'replied' };
  const reply = hooks?.onReply?.();
  const missing = hooks.onMissing?.().toUpperCase();
  const first = event.Body?.trim().split(' ')[0]?.toUpperCase();
  callback(null, {
    body: body ?? 'none',
    reply: reply ?? 'none',
    missing: missing ?? 'none',
    first: first ?? 'none',
  });
};
