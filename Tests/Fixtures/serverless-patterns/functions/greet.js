// Function declarations are hoisted: greet calls wrap, declared after it.
function greet(name) {
  return wrap(name);
}

function wrap(text) {
  return `${context_prefix()}<${text}>`;
}

function context_prefix() {
  return '';
}

exports.handler = (context, event, callback) => {
  // The same inside a handler: shout calls louder, declared after it.
  function shout(text) {
    return louder(text) + context.GREETING_PUNCTUATION;
  }
  function louder(text) {
    return text.toUpperCase();
  }
  callback(null, `${greet(event.Name || 'world')} ${shout('hi')}`);
};
