// An npm module has no counterpart in Swift: this Function answers 501 until ported by hand.
const _ = require('lodash');

exports.handler = (context, event, callback) => {
  callback(null, _.capitalize(event.Name || 'world'));
};
