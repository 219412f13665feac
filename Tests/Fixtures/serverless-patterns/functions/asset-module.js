// A module loaded from an asset is not ported: this Function answers 501 until ported by hand.
const helper = require(Runtime.getAssets()['/helper.js'].path);

exports.handler = (context, event, callback) => {
  callback(null, helper.greet(event.Name || 'world'));
};
