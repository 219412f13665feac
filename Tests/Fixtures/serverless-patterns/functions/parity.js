// Arrow functions in constants that call each other, and one calling a constant declared after it.
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
const describe = (n) => label(isEven(n));
const label = (even) => (even ? 'even' : 'odd');

exports.handler = (context, event, callback) => {
  const n = parseInt(event.n || '7', 10);
  const countdown = (k) => (k <= 0 ? [] : [k, ...rest(k)]);
  const rest = (k) => countdown(k - 1);
  callback(null, { n, even: isEven(n), odd: isOdd(n), label: describe(n), countdown: countdown(3) });
};
