/* Does not compile: kapi-check reports it on stderr and skips it. */
int broken(void) { return undeclared_name; }
