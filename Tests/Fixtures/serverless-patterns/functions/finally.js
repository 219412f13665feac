// The usual async handler: return the callback from try and catch, log in finally.
exports.handler = async (context, event, callback) => {
  const steps = [];
  try {
    steps.push('try');
    if (event.fail === 'yes') {
      throw new Error('asked to fail');
    }
    const result = { ok: true, steps: steps.join(',') };
    return callback(null, result);
  } catch (error) {
    steps.push('catch');
    return callback(error.message);
  } finally {
    steps.push('finally');
    console.log('done:', steps.join(','));
  }
};
