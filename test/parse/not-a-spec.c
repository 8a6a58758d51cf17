// Comments without a contexts:/context-flags: line are not specs: nothing
// is printed and nothing is reported.
// RUN: %kapi-db parse %s 2>&1 | count 0

/**
 * foo - does things
 * side-effect: mentioned in prose only
 * error: EINVAL, when the moon is full
 * param: x
 */
int foo(int x);

/* contexts: process
 * param: x  (not a kerneldoc comment) */
int bar(int x);

// /** contexts: process
//  * param: x */
static const char *s = "/** contexts: process\n * param: x */";
static const char c = '"';

/**
 * baz - kerneldoc with sections
 * @x: an argument
 *
 * Context: Process context.
 * Return: 0 on success.
 */
int baz(int x);

/** unterminated at the end of the file
 * contexts: process
 * param: x
