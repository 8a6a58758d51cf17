// SPDX-License-Identifier: MIT
/* STUB: being written. */
int main(void) { return 0; }
